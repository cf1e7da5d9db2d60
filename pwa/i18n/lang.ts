export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

const KEY = 'segmenta.lang';

/** The user's choice if any, else the browser's language (Russian for any `ru*`), else English. */
export function detectLang(): Lang {
  const saved = globalThis.localStorage?.getItem(KEY);
  if (saved === 'en' || saved === 'ru') return saved;
  return browserLang();
}

/** The browser's language (Russian for any `ru*` among its preferences), whatever the user chose. */
export function browserLang(): Lang {
  const preferred = globalThis.navigator?.languages?.length ? navigator.languages : [globalThis.navigator?.language ?? 'en'];
  return preferred.some((l) => l.toLowerCase().startsWith('ru')) ? 'ru' : 'en';
}

export function saveLang(lang: Lang): void {
  globalThis.localStorage?.setItem(KEY, lang);
}

/** True when the user chose a language; false while it follows the browser. */
export function hasSavedLang(): boolean {
  const saved = globalThis.localStorage?.getItem(KEY);
  return saved === 'en' || saved === 'ru';
}

/** Forgets the user's choice: the language follows the browser again. */
export function clearLang(): void {
  globalThis.localStorage?.removeItem(KEY);
}
