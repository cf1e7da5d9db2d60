/** chrome.i18n with an English fallback (a key missing from a locale must not show an empty label). */
const FALLBACK: Record<string, string> = {
  badgeUnknown: 'Not in Segmenta',
  badgeNoOrders: 'no orders',
  badgeOpenCard: 'Segmenta: $1. Open the customer card',
  cardRecency: 'Recency',
  cardDays: '$1 d',
  cardFrequency: 'Orders',
  cardMonetary: 'Spent',
  cardScores: 'R · F · M',
  cardLastOrder: 'Last order',
  cardAov: 'Average order',
  cardSegments: 'Segments',
  cardMoves: 'Recent moves',
  cardLoading: 'Loading…',
  cardUnavailable: 'The card is not available',
};

export function t(key: keyof typeof FALLBACK & string, ...substitutions: string[]): string {
  let message = '';
  try {
    message = chrome.i18n.getMessage(key, substitutions);
  } catch {
    // The extension was reloaded under this page: the old content script has no runtime any more.
  }
  return message || substitutions.reduce((text, s, i) => text.replace(`$${i + 1}`, s), FALLBACK[key] ?? key);
}

/** The language of the messages shown (`ru`), so that numbers and dates are written the same way. */
export function uiLanguage(): string {
  try {
    // Not getUILanguage(): on Linux chrome.i18n picks the messages by LANGUAGE while it reports another locale.
    return chrome.i18n.getMessage('formatLocale') || chrome.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}
