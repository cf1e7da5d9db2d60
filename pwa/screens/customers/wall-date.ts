import type { Lang } from '../../i18n/lang.ts';

const formats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * An order's date: order times are wall-clock seconds as written in the source (not an instant), so
 * they are read back in UTC, where they were stored, to show the date the file had.
 */
export function wallDate(seconds: number, lang: Lang): string {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })));
  return f.format(seconds * 1000);
}
