import type { BadgeInfo, BackgroundRequest, BackgroundResponse, CardInfo } from '../messages.ts';

const ask = (request: BackgroundRequest): Promise<BackgroundResponse | undefined> => chrome.runtime.sendMessage(request);

export async function searchCustomers(query: string): Promise<BadgeInfo[]> {
  const r = await ask({ type: 'search', query, limit: 8 });
  return r?.type === 'search' ? r.results : [];
}

export async function customerCard(customerId: string): Promise<CardInfo | null> {
  const r = await ask({ type: 'card', customerId });
  return r?.type === 'card' ? r.card : null;
}

/** Also tells the background the popup is open, so that it prepares names and cards for the search. */
export async function pingBackground(): Promise<void> {
  await ask({ type: 'ping' });
}
