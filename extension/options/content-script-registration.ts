/**
 * Content scripts are registered at run time, one per site the user switched on, and only for hosts
 * the user granted (issue #5: no host access at install). crxjs builds a script imported with `?script`
 * and gives its output file name (@crxjs/vite-plugin client.d.ts: "Use with the Chrome Scripting API
 * inside of the background service worker or an extension page"). `&iife` makes it one self-contained
 * file (extension/content/content-script.js); plain `?script` emits a loader that imports chunks at run
 * time, which must then be web-accessible (checked in a build: both are listed in
 * web_accessible_resources for every http(s) page).
 */
import contentScript from '../content/content-script.ts?script&iife';
import { CRM_SITES } from './crm-sites.ts';
import { customScriptId, originPattern, readCustomSites } from './custom-sites.ts';

export interface SiteScript {
  id: string;
  matches: string[];
}

/** Every site the user may switch on: the CRMs and the custom sites. */
export async function knownSites(): Promise<SiteScript[]> {
  const custom = await readCustomSites();
  return [
    ...CRM_SITES.map((s) => ({ id: s.id, matches: s.origins })),
    ...custom.map((s) => ({ id: customScriptId(s.origin), matches: [originPattern(s.origin)] })),
  ];
}

export const isGranted = (matches: string[]): Promise<boolean> => chrome.permissions.contains({ origins: matches });

export async function registerSite(site: SiteScript): Promise<void> {
  await chrome.scripting.unregisterContentScripts({ ids: [site.id] }).catch(() => {});
  await chrome.scripting.registerContentScripts([
    { id: site.id, matches: site.matches, js: [contentScript], runAt: 'document_idle', allFrames: true, persistAcrossSessions: true },
  ]);
}

export async function unregisterSite(id: string): Promise<void> {
  const registered = await chrome.scripting.getRegisteredContentScripts({ ids: [id] });
  if (registered.length > 0) await chrome.scripting.unregisterContentScripts({ ids: [id] });
}

/**
 * Registers the script of every site whose hosts are all granted and unregisters every other one
 * (after an update, which clears registrations, and when the user takes a permission back).
 */
export async function syncContentScripts(): Promise<void> {
  const sites = await knownSites();
  const registered = new Set((await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
  for (const site of sites) {
    const granted = await isGranted(site.matches);
    if (granted && !registered.has(site.id)) await registerSite(site);
    if (!granted && registered.has(site.id)) await unregisterSite(site.id);
    registered.delete(site.id);
  }
  if (registered.size > 0) await chrome.scripting.unregisterContentScripts({ ids: [...registered] });
}
