/**
 * A test-only build of the extension for the content-script tests: the real content script and adapters,
 * a stub background (content-stub-background.ts), `scripting` and the host permission for
 * http://127.0.0.1/* granted at install (optional host permissions need a user gesture, which a headless
 * test cannot give), and __SEGMENTA_FIXTURE_HOSTS__ so that http://127.0.0.1:<port>/<crm host>/<path>
 * is read as https://<crm host>/<path> (extension/content/page-url.ts).
 */
import { join } from 'node:path';
import { build } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { privateContentScripts } from '../../scripts/private-content-scripts.ts';
import { e2eTmp, repoRoot } from './harness.ts';

export const contentTestExtension = join(e2eTmp, 'content-extension');

export async function buildContentTestExtension(): Promise<string> {
  const manifest: ManifestV3Export = {
    manifest_version: 3,
    name: '__MSG_extName__',
    version: '0.0.1',
    default_locale: 'en',
    background: { service_worker: 'test/browser/content-stub-background.ts', type: 'module' },
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://127.0.0.1/*'],
  };
  await build({
    configFile: false,
    root: repoRoot,
    cacheDir: join(repoRoot, '.cache/vite-content-test'),
    publicDir: false,
    logLevel: 'warn',
    define: { __SEGMENTA_FIXTURE_HOSTS__: 'true' },
    build: { outDir: contentTestExtension, emptyOutDir: true, target: 'es2022', minify: false },
    // As the product build should: pages must not be able to fetch the content script (see the plugin).
    plugins: [crx({ manifest }), privateContentScripts],
  });
  return contentTestExtension;
}

