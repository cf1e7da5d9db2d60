export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

const KEY = 'segmenta.lang';

/** The user's choice if any, else the browser's language (Russian for any `ru*`), else English. */
export function detectLang(): Lang {
  const saved = globalThis.localStorage?.getItem(KEY);
  if (saved === 'en' || saved === 'ru') return saved;
  const preferred = globalThis.navigator?.languages?.length ? navigator.languages : [globalThis.navigator?.language ?? 'en'];
  return preferred.some((l) => l.toLowerCase().startsWith('ru')) ? 'ru' : 'en';
}

export function saveLang(lang: Lang): void {
  globalThis.localStorage?.setItem(KEY, lang);
}
