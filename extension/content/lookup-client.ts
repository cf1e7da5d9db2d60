/**
 * The content script's side of the protocol (extension/messages.ts): one `lookup` message per batch of
 * DOM changes, `card` on demand. Answers are checked before use: a badge's colour ends up in CSS.
 */
import type { BackgroundResponse, BadgeInfo, CardInfo, CustomerKeys } from '../messages.ts';

const COLOR = /^#[0-9a-f]{6}$/i;

function isBadge(v: unknown): v is BadgeInfo {
  if (typeof v !== 'object' || v === null) return false;
  const b = v as Record<string, unknown>;
  return typeof b.customerId === 'string' && typeof b.name === 'string' && typeof b.color === 'string' && COLOR.test(b.color) && Array.isArray(b.segments);
}

/** results[i] answers customers[i]; null = not in the data. Rejects when the background does not answer. */
export async function lookup(customers: CustomerKeys[]): Promise<(BadgeInfo | null)[]> {
  const response = (await chrome.runtime.sendMessage({ type: 'lookup', customers })) as BackgroundResponse | undefined;
  if (response?.type !== 'lookup' || response.results.length !== customers.length) throw new Error('No lookup answer');
  return response.results.map((r) => (isBadge(r) ? r : null));
}

export async function card(customerId: string): Promise<CardInfo | null> {
  const response = (await chrome.runtime.sendMessage({ type: 'card', customerId })) as BackgroundResponse | undefined;
  if (response?.type !== 'card') throw new Error('No card answer');
  return response.card && isBadge(response.card) ? response.card : null;
}
