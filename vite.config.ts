/**
 * The only Vite config; `--mode` picks the target:
 *   pwa (default, any other mode): pwa/index.html → dist/pwa, with a generated service worker;
 *   extension: the MV3 extension from ./manifest.json → dist/extension (@crxjs/vite-plugin);
 *   cli: cli/main.ts bundled for Node → dist/cli/segmenta.mjs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { preact } from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { VitePWA } from 'vite-plugin-pwa';
import { privateContentScripts } from './scripts/private-content-scripts.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Vite's caches stay in the project, out of node_modules (which may be shared between work trees).
const cacheDir = at('.cache/vite');

// Workers are ES modules in both the PWA and the extension's pages (Chromium 80+ runs module workers).
const worker = { format: 'es' } as const;

/** The app's version, written into sync files and shown by the command line. */
const define = { __SEGMENTA_VERSION__: JSON.stringify((JSON.parse(readFileSync(at('package.json'), 'utf8')) as { version: string }).version) };

function pwaConfig(): UserConfig {
  return {
    root: at('pwa'),
    define,
    cacheDir,
    base: '/',
    publicDir: at('pwa/public'),
    server: { fs: { allow: [root] } },
    worker,
    build: { outDir: at('dist/pwa'), emptyOutDir: true, target: 'es2022' },
    plugins: [
      preact(),
      VitePWA({
        strategies: 'generateSW',
        // Registered by pwa/register-service-worker.ts through workbox-window.
        injectRegister: false,
        // A new version waits until the user agrees (pwa/update/update-banner.tsx): an edit in progress is never lost to a silent swap.
        registerType: 'prompt',
        includeManifestIcons: false,
        manifest: {
          name: 'Segmenta',
          short_name: 'Segmenta',
          description: 'Local-first customer segmentation: RFM scores and segments computed on your device.',
          start_url: '/',
          scope: '/',
          display: 'standalone',
          background_color: '#ffffff',
          theme_color: '#1f3a5f',
          icons: [
            { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
            // Full-bleed background, the mark inside the central 80 % safe zone (scripts/make-icons.mjs).
            { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        workbox: {
          // Without clientsClaim the first load is never controlled, and the app would not open offline until a reload.
          clientsClaim: true,
          // The generated worker then waits and takes over on the SKIP_WAITING message (workbox-window's messageSkipWaiting).
          skipWaiting: false,
          navigateFallback: 'index.html',
          // The plugin adds manifest.webmanifest itself; icons come from the png glob (includeManifestIcons off: no duplicates).
          globPatterns: ['**/*.{js,css,html,png,svg}'],
          cleanupOutdatedCaches: true,
        },
      }),
    ],
  };
}


function extensionConfig(): UserConfig {
  // The JSON is checked by Chromium and by test/browser/extension-manifest.test.ts; crxjs' type is looser than the file.
  const manifest = JSON.parse(readFileSync(at('manifest.json'), 'utf8')) as ManifestV3Export;
  return {
    root,
    cacheDir,
    publicDir: false,
    define,
    worker,
    build: {
      // Absolute: crxjs needs it (dev mode writes there too).
      outDir: at('dist/extension'),
      emptyOutDir: true,
      target: 'es2022',
      // Pages the manifest does not name are extra inputs.
      rolldownOptions: { input: { manager: at('extension/manager/index.html') } },
    },
    plugins: [preact(), crx({ manifest }), privateContentScripts],
  };
}

function cliConfig(): UserConfig {
  return {
    root,
    cacheDir,
    publicDir: false,
    define,
    ssr: { target: 'node', noExternal: true },
    build: {
      ssr: at('cli/main.ts'),
      outDir: at('dist/cli'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'segmenta.mjs' } },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'extension') return extensionConfig();
  if (mode === 'cli') return cliConfig();
  return pwaConfig();
});
