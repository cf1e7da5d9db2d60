import { dayNumber, daysInMonth } from '../../model/dates.ts';

const TRUE = new Set(['true', 'yes', 'да', 'истина', '1']);
const FALSE = new Set(['false', 'no', 'нет', 'ложь', '0']);

/** true/false, yes/no, да/нет, ИСТИНА/ЛОЖЬ, 1/0 in any case; undefined for anything else. */
export function parseBooleanText(s: string): boolean | undefined {
  const k = s.trim().toLowerCase();
  return TRUE.has(k) ? true : FALSE.has(k) ? false : undefined;
}

// Digits with an optional decimal point or comma; spaces (also no-break ones) may group thousands.
const NUMBER = /^[-+]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?$|^[-+]?\d+(?:[.,]\d+)?$/;

/** A number written with a decimal dot or comma (`12.5`, `12,5`, `1 234,5`); NaN otherwise. */
export function parseNumberText(s: string): number {
  const t = s.trim();
  if (!NUMBER.test(t)) return NaN;
  return Number(t.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Day number of exactly `YYYY-MM-DD` (the model's calendar dates), NaN otherwise; no regex, no allocation. */
export function isoDay(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y = digits(s, 0, 4), m = digits(s, 5, 7), d = digits(s, 8, 10);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return NaN;
  return dayNumber(y, m, d);
}

/** Month 1–12 of a valid `YYYY-MM-DD`, NaN otherwise. */
export const isoMonth = (s: string): number => (Number.isNaN(isoDay(s)) ? NaN : digits(s, 5, 7));

/** The number written by the ASCII digits s[from..to), NaN when one is not a digit. */
export function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return v;
}

/** Day number of `YYYY-MM-DD` or `dd.mm.yyyy` (a time after it is allowed and dropped); NaN otherwise. */
export function parseDateText(s: string): number {
  const fast = isoDay(s);
  if (!Number.isNaN(fast)) return fast;
  const t = s.trim();
  let y: number, m: number, d: number;
  let match = ISO.exec(t);
  if (match) {
    y = +match[1]; m = +match[2]; d = +match[3];
  } else if ((match = DMY.exec(t))) {
    d = +match[1]; m = +match[2]; y = +match[3];
  } else return NaN;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return dayNumber(y, m, d);
}

/** Lower case, ё as е, every run of punctuation or space as one space: `Job-Title ` → `job title`. */
export function normaliseKey(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A list written in one cell (`sport, travel; music|books`) as trimmed, non-empty, distinct items. */
export function splitList(s: string | undefined): string[] | undefined {
  if (s === undefined) return undefined;
  const out: string[] = [];
  for (const part of s.split(/[,;|/\n]/)) {
    const t = part.trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}
