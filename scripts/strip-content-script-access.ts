/**
 * Vite plugin for the extension build (issue #5). crxjs lists every `?script` import in
 * web_accessible_resources for all http(s) pages, so any site could fetch
 * chrome-extension://<id>/extension/content/content-script.js and learn the extension is installed.
 * A script injected by chrome.scripting.registerContentScripts needs no such entry: this drops it from
 * the written manifest.json (entries listing only files under `prefix`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function withoutPageAccess(manifestPath: string, prefix = 'extension/content/'): void {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
  const rest = (manifest.web_accessible_resources ?? []).filter((r) => !r.resources.every((file) => file.startsWith(prefix)));
  if (rest.length) manifest.web_accessible_resources = rest;
  else delete manifest.web_accessible_resources;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
}

export function stripContentScriptAccess(prefix = 'extension/content/'): Plugin {
  return {
    name: 'segmenta:strip-content-script-access',
    apply: 'build',
    enforce: 'post',
    // After crxjs wrote manifest.json (it emits it in generateBundle).
    writeBundle(options) {
      if (options.dir) withoutPageAccess(join(options.dir, 'manifest.json'), prefix);
    },
  };
}
