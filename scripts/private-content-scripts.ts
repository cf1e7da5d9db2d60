import type { CrxPlugin } from '@crxjs/vite-plugin';

/**
 * Content scripts registered at run time (extension/options/content-script-registration.ts) are one IIFE
 * file each and run from the package without being web-accessible; crxjs lists them as web-accessible
 * on every http(s) site anyway, which would let any page detect the extension by fetching the file.
 */
export const privateContentScripts: CrxPlugin = {
  name: 'segmenta:private-content-scripts',
  // After crxjs' own post plugins, which add the entry.
  enforce: 'post',
  renderCrxManifest(manifest) {
    const kept = manifest.web_accessible_resources?.filter((r) => !r.resources.every((f) => f.startsWith('extension/content/')));
    if (kept?.length) manifest.web_accessible_resources = kept;
    else delete manifest.web_accessible_resources;
    return manifest;
  },
};
