/** A small summary of the engine's data in chrome.storage, so the popup can show it without starting the engine. */
const KEY = 'summary';

export interface Summary {
  customers: number;
  updatedAt: number;
}

export async function readSummary(): Promise<Summary | undefined> {
  const stored = await chrome.storage.local.get(KEY);
  const value = stored[KEY] as Partial<Summary> | undefined;
  return typeof value?.customers === 'number' ? { customers: value.customers, updatedAt: value.updatedAt ?? 0 } : undefined;
}

export async function writeSummary(summary: Summary): Promise<void> {
  await chrome.storage.local.set({ [KEY]: summary });
}
