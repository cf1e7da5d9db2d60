/**
 * The content script (issue #5), registered dynamically by the background for the hosts the user granted
 * (chrome.scripting.registerContentScripts). Picks the CRM adapter for the host, or the generic one on a
 * site the user added, and keeps badges beside the customers it finds.
 */
import { adapterForHost, genericAdapter } from '../adapters/index.ts';
import { CONTENT_SETTINGS_KEY, parseContentSettings, type ContentSettings } from '../adapters/content-settings.ts';
import { startManager, type AdapterManager } from './adapter-manager.ts';
import { card, lookup } from './lookup-client.ts';
import { pageUrl } from './page-url.ts';
import { watchAdapter } from './watch-adapter.ts';

const cards = new Map<string, ReturnType<typeof card>>();
const cachedCard = (customerId: string) => {
  let pending = cards.get(customerId);
  if (!pending) {
    if (cards.size > 100) cards.clear();
    pending = card(customerId).catch((error: unknown) => {
      cards.delete(customerId);
      throw error;
    });
    cards.set(customerId, pending);
  }
  return pending;
};

let manager: AdapterManager | undefined;

/** After an update or reload of the extension this script is orphaned: it stops instead of retrying. */
async function lookupOrStop(customers: Parameters<typeof lookup>[0]): ReturnType<typeof lookup> {
  try {
    return await lookup(customers);
  } catch (error) {
    if (!chrome.runtime?.id) manager?.stop();
    throw error;
  }
}

function start(settings: ContentSettings): AdapterManager {
  const url = () => pageUrl(location.href);
  const here = url();
  const adapter = adapterForHost(here) ?? genericAdapter(settings.customSelectors[here.origin] ?? []);
  return startManager(
    [{ include: adapter.include, init: (signal) => watchAdapter({ adapter, url, neutralForUnknown: settings.unknownBadge === 'neutral', lookup: lookupOrStop, card: cachedCard }, signal) }],
    url,
  );
}

async function main(): Promise<void> {
  // Registered and also injected into an open tab: run once. (This global is in the content script's
  // isolated world; page scripts do not see it.)
  const scope = globalThis as { segmentaContentScript?: boolean };
  if (scope.segmentaContentScript) return;
  scope.segmentaContentScript = true;
  const read = async () => parseContentSettings((await chrome.storage.local.get(CONTENT_SETTINGS_KEY))[CONTENT_SETTINGS_KEY]);
  manager = start(await read());
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(CONTENT_SETTINGS_KEY in changes)) return;
    void read().then((settings) => {
      manager?.stop();
      manager = start(settings);
    });
  });
}

void main();
