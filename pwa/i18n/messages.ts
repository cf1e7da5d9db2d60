import type { Lang } from './lang.ts';

/**
 * A screen's messages in every UI language: the English keys define the set, Russian must have each.
 * `{name}` is replaced by a parameter. A plural message lists its forms separated by `|`:
 * English `one|other`, Russian `one|few|many` (Intl.PluralRules categories).
 */
export type Messages<K extends string> = { en: Record<K, string>; ru: Record<K, string> };

export function defineMessages<K extends string>(m: { en: Record<K, string>; ru: Record<NoInfer<K>, string> }): Messages<K> {
  return m;
}

const FORMS: Record<Lang, Intl.LDMLPluralRule[]> = { en: ['one', 'other'], ru: ['one', 'few', 'many'] };
const rules: Partial<Record<Lang, Intl.PluralRules>> = {};

export function fill(text: string, params?: Record<string, string | number>): string {
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

/** The form of a `|`-separated plural message for `n` in `lang`. */
export function pluralForm(text: string, n: number, lang: Lang): string {
  const forms = text.split('|');
  const category = (rules[lang] ??= new Intl.PluralRules(lang)).select(n);
  const k = FORMS[lang].indexOf(category);
  return forms[k >= 0 ? k : forms.length - 1] ?? forms[0];
}
