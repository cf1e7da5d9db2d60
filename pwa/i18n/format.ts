import { useMemo } from 'preact/hooks';
import { useLang } from './i18n-context.tsx';
import type { Lang } from './lang.ts';

export interface Format {
  count(n: number): string;
  /** Integer minor units (kopecks, cents) as money with two decimals. */
  money(minor: number): string;
  /** 0..1 as a percentage. */
  percent(x: number, digits?: number): string;
  /** ms since epoch as a date (and time with `withTime`). */
  date(ms: number, withTime?: boolean): string;
}

export function makeFormat(lang: Lang): Format {
  const count = new Intl.NumberFormat(lang);
  const money = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    count: (n) => count.format(n),
    money: (minor) => money.format(minor / 100),
    percent: (x, digits = 1) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(x),
    date: (ms, withTime) => (withTime ? dateTime : date).format(ms),
  };
}

export function useFormat(): Format {
  const { lang } = useLang();
  return useMemo(() => makeFormat(lang), [lang]);
}
