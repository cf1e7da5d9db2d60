import type { DateOrder } from '../types.ts';
import { dayNumber, daysInMonth } from '../../model/dates.ts';
import { scratch, toScratch } from './ascii-scratch.ts';

/**
 * Wall-clock seconds since 1970-01-01T00:00:00 of a date or date-time as written, without any zone
 * conversion (`2026-05-12 12:54:07 -0700` is 12:54:07 on that day; `Z` and offsets are ignored).
 * Layouts: year first (`2026-05-12`, `2026/05/12`, with `T` or spaces before the time) under every
 * order; `dd.mm.yyyy`, `dd/mm/yyyy`, `dd-mm-yyyy` under `dmy`; `mm/dd/yyyy`, `M/D/YYYY` under `mdy`.
 * Time `H:MM`, `H:MM:SS`, fractions of a second (dropped), `AM`/`PM`. NaN for anything else and for
 * dates that do not exist (`31.02.2025`, `2025-13-45`).
 */
export function parseDateTimeAt(b: Uint8Array, start: number, end: number, order: DateOrder): number {
  let i = start;
  let e = end;
  while (i < e && (b[i] === SPACE || b[i] === TAB)) i++;
  while (e > i && (b[e - 1] === SPACE || b[e - 1] === TAB)) e--;
  // Three numbers separated by one repeated separator.
  let a = 0, na = 0;
  for (let v; i < e && (v = b[i] - 48) >= 0 && v <= 9; i++, na++) a = a * 10 + v;
  const sep = b[i];
  if (na === 0 || i >= e || (sep !== DASH && sep !== SLASH && sep !== DOT)) return NaN;
  i++;
  let m = 0, nm = 0;
  for (let v; i < e && (v = b[i] - 48) >= 0 && v <= 9; i++, nm++) m = m * 10 + v;
  if (i >= e || b[i] !== sep) return NaN;
  i++;
  let c = 0, nc = 0;
  for (let v; i < e && (v = b[i] - 48) >= 0 && v <= 9; i++, nc++) c = c * 10 + v;
  let year: number, month: number, day: number;
  if (na === 4 && nm >= 1 && nm <= 2 && nc >= 1 && nc <= 2) {
    year = a; month = m; day = c;
  } else if (nc === 4 && na >= 1 && na <= 2 && nm >= 1 && nm <= 2 && order !== 'iso') {
    year = c;
    if (order === 'dmy') { day = a; month = m; } else { month = a; day = m; }
  } else return NaN;
  let days: number;
  if (year === lastYear && month === lastMonth && day === lastDay) days = lastDays;
  else {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
    days = dayNumber(year, month, day);
    // Exports are usually sorted by date: consecutive rows often share the day.
    lastYear = year; lastMonth = month; lastDay = day; lastDays = days;
  }
  if (i === e) return days * 86400;
  const t = parseTimeAt(b, i, e);
  return t < 0 ? NaN : days * 86400 + t;
}

let lastYear = -1, lastMonth = -1, lastDay = -1, lastDays = 0;

/** String form of {@link parseDateTimeAt}. */
export function parseDateTime(s: string, order: DateOrder): number {
  const n = toScratch(s);
  return n < 0 ? NaN : parseDateTimeAt(scratch, 0, n, order);
}

/** Day number (days since 1970-01-01) of a date, a time after it allowed and dropped; NaN if none. */
export function parseDateAt(b: Uint8Array, start: number, end: number, order: DateOrder): number {
  return Math.floor(parseDateTimeAt(b, start, end, order) / 86400);
}

export function parseDate(s: string, order: DateOrder): number {
  return Math.floor(parseDateTime(s, order) / 86400);
}

/** Seconds into the day of the time part starting at i (at the `T` or space after the date); -1 if malformed. */
function parseTimeAt(b: Uint8Array, i: number, e: number): number {
  if (b[i] === T_UPPER || b[i] === T_LOWER) i++;
  else if (b[i] === SPACE) while (i < e && b[i] === SPACE) i++;
  else return -1;
  let h = 0, nh = 0;
  for (let v; i < e && (v = b[i] - 48) >= 0 && v <= 9; i++, nh++) h = h * 10 + v;
  if (nh < 1 || nh > 2 || i >= e || b[i] !== COLON) return -1;
  const mi = twoDigits(b, i + 1, e);
  if (mi < 0 || mi > 59) return -1;
  i += 3;
  let s = 0;
  if (i < e && b[i] === COLON) {
    s = twoDigits(b, i + 1, e);
    if (s < 0 || s > 59) return -1;
    i += 3;
    if (i < e && (b[i] === DOT || b[i] === COMMA)) {
      i++;
      const from = i;
      while (i < e && b[i] >= 48 && b[i] <= 57) i++;
      if (i === from) return -1;
    }
  }
  while (i < e && b[i] === SPACE) i++;
  const ampm = i + 1 < e ? b[i] | 0x20 : 0;
  if ((ampm === A_LOWER || ampm === P_LOWER) && (b[i + 1] | 0x20) === M_LOWER) {
    if (h < 1 || h > 12) return -1;
    if (h === 12) h = 0;
    if (ampm === P_LOWER) h += 12;
    i += 2;
    while (i < e && b[i] === SPACE) i++;
  }
  if (h > 23) return -1;
  if (i < e && !isZone(b, i, e)) return -1;
  return h * 3600 + mi * 60 + s;
}

/** `Z`, `UTC`, `GMT`, optionally followed by an offset, or an offset alone: `+03`, `-0700`, `+03:00`. */
function isZone(b: Uint8Array, i: number, e: number): boolean {
  const c = b[i] | 0x20;
  if (c === 0x7a && i + 1 === e) return true; // z
  if (i + 3 <= e && ((c === 0x75 && (b[i + 1] | 0x20) === 0x74 && (b[i + 2] | 0x20) === 0x63) || (c === 0x67 && (b[i + 1] | 0x20) === 0x6d && (b[i + 2] | 0x20) === 0x74))) {
    i += 3; // utc, gmt
    if (i === e) return true;
  }
  if (b[i] !== PLUS && b[i] !== DASH) return false;
  i++;
  if (twoDigits(b, i, e) < 0) return false;
  i += 2;
  if (i === e) return true;
  if (b[i] === COLON) i++;
  return i + 2 === e && twoDigits(b, i, e) >= 0;
}

function twoDigits(b: Uint8Array, i: number, e: number): number {
  if (i + 2 > e) return -1;
  const x = b[i] - 48, y = b[i + 1] - 48;
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
}

const SPACE = 0x20, TAB = 0x09, DASH = 0x2d, SLASH = 0x2f, DOT = 0x2e, COMMA = 0x2c, COLON = 0x3a, PLUS = 0x2b;
const T_UPPER = 0x54, T_LOWER = 0x74, A_LOWER = 0x61, P_LOWER = 0x70, M_LOWER = 0x6d;
