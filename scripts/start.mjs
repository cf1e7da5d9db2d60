// `npm start`: builds the app and the extension, then serves the app like `vite preview --host 127.0.0.1
// --strictPort --port 4173` (PORT overrides the port) and says how to load the extension.
import { preview } from 'vite';
import { fileURLToPath } from 'node:url';
import { buildTargets } from './build.mjs';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const extensionDir = fileURLToPath(new URL('../dist/extension', import.meta.url));
const port = Number(process.env.PORT || 4173);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a TCP port number, got "${process.env.PORT}"`);
  process.exit(2);
}

await buildTargets(['pwa', 'extension'], { quiet: true });
const server = await preview({
  configFile,
  mode: 'pwa',
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;

console.log(`
Segmenta is running at ${url}  (Ctrl+C to stop)

Browser extension, built at:
  ${extensionDir}
Load it in Chromium or Chrome: open chrome://extensions, turn on "Developer mode",
click "Load unpacked" and choose the folder above.
`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close().finally(() => process.exit(0));
  });
}
