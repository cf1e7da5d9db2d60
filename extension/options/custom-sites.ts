/** Sites the user added besides the CRMs: an origin and optional CSS selectors (read by the content script). */
const KEY = 'customSites';

export interface CustomSite {
  /** `https://crm.example.com` or `http://127.0.0.1:8080`: scheme, host and port, no path. */
  origin: string;
  /** Where the generic adapter looks for identifiers; empty = the whole visible page. */
  selectors: string[];
}

/** The origin the user typed, normalised, or undefined when it is not an http(s) origin. */
export function parseOrigin(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The match pattern for a site's pages (a pattern has no port: it matches every port of the host). */
export const originPattern = (origin: string): string => {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
};

/** Registered content script id of a custom site. */
export const customScriptId = (origin: string): string => `site-${new URL(origin).host}`;

export async function readCustomSites(): Promise<CustomSite[]> {
  const value = (await chrome.storage.local.get(KEY))[KEY] as CustomSite[] | undefined;
  return Array.isArray(value) ? value : [];
}

export async function writeCustomSites(sites: CustomSite[]): Promise<void> {
  await chrome.storage.local.set({ [KEY]: sites });
}
