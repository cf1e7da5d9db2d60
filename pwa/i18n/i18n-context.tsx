import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { clearLang, detectLang, hasSavedLang, saveLang, type Lang } from './lang.ts';
import { fill, pluralForm, type Messages } from './messages.ts';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** False while no language was chosen and the browser's is used. */
  chosen: boolean;
  /** Forgets the choice and uses the browser's language. */
  followBrowser(): void;
}

const I18nContext = createContext<I18n>({ lang: 'en', setLang: () => undefined, chosen: false, followBrowser: () => undefined });

export function I18nProvider({ children, initial }: { children: ComponentChildren; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(initial ?? detectLang());
  const [chosen, setChosen] = useState(hasSavedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({
    lang,
    chosen,
    setLang: (l: Lang) => { saveLang(l); setChosen(true); setLangState(l); },
    followBrowser: () => { clearLang(); setChosen(false); setLangState(detectLang()); },
  }), [lang, chosen]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useLang = (): I18n => useContext(I18nContext);

export interface Translate<K extends string> {
  (key: K, params?: Record<string, string | number>): string;
  /** A plural message for `n`; `{n}` in it is the formatted count. */
  plural(key: K, n: number, params?: Record<string, string | number>): string;
  lang: Lang;
}

/** The translate function of a screen's messages in the current language. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  const { lang } = useLang();
  return useMemo(() => {
    const table = messages[lang];
    const count = new Intl.NumberFormat(lang);
    const t = ((key: K, params?: Record<string, string | number>) => fill(table[key], params)) as Translate<K>;
    t.plural = (key, n, params) => fill(pluralForm(table[key], n, lang), { n: count.format(n), ...params });
    t.lang = lang;
    return t;
  }, [messages, lang]);
}
