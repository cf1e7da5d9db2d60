/**
 * A test-only build of the extension for the content-script tests: the real content script and adapters,
 * a stub background (content-stub-background.ts), `scripting` and the host permission for
 * http://127.0.0.1/* granted at install (optional host permissions need a user gesture, which a headless
 * test cannot give), and __SEGMENTA_FIXTURE_HOSTS__ so that http://127.0.0.1:<port>/<crm host>/<path>
 * is read as https://<crm host>/<path> (extension/content/page-url.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
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
    plugins: [crx({ manifest })],
  });
  withoutPageAccess(join(contentTestExtension, 'manifest.json'));
  return contentTestExtension;
}

/**
 * crxjs lists a `?script` import in web_accessible_resources for every http(s) page, which lets any site
 * fetch chrome-extension://<id>/extension/content/content-script.js and so detect the extension. A script
 * injected by chrome.scripting needs no such entry: drop it (the product build should do the same).
 */
export function withoutPageAccess(manifestPath: string): void {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
  const rest = (manifest.web_accessible_resources ?? []).filter((r) => !r.resources.every((file) => file.startsWith('extension/content/')));
  if (rest.length) manifest.web_accessible_resources = rest;
  else delete manifest.web_accessible_resources;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
}
