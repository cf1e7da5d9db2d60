/**
 * The popup's recent look-ups: a few customer ids and names, in chrome.storage.session (memory only,
 * gone when the browser closes; no more customer data than the list shows).
 */
const KEY = 'recentLookups';
const KEEP = 5;

export interface RecentLookup {
  customerId: string;
  name: string;
}

export async function readRecent(): Promise<RecentLookup[]> {
  const value = (await chrome.storage.session.get(KEY))[KEY] as RecentLookup[] | undefined;
  return Array.isArray(value) ? value : [];
}

/** Puts `entry` first (once) and keeps the newest few; answers the new list. */
export async function rememberRecent(entry: RecentLookup): Promise<RecentLookup[]> {
  const next = [entry, ...(await readRecent()).filter((r) => r.customerId !== entry.customerId)].slice(0, KEEP);
  await chrome.storage.session.set({ [KEY]: next });
  return next;
}
