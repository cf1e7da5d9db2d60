import { dayNumber, daysInMonth } from '../model/dates.ts';
import { parseDateTimeAt } from '../import/values/date-time.ts';
import { parseMoneyMinorAt } from '../import/values/money.ts';
import type { DateOrder } from '../import/types.ts';

const DASH = 0x2d, DOT = 0x2e, COMMA = 0x2c, COLON = 0x3a, SPACE = 0x20, T = 0x54;

/**
 * Day number (days since 1970-01-01) of a date or date-time: `floor(parseDateTimeAt(…) / 86400)`,
 * NaN when that is NaN. The two layouts of nearly every export — `2026-03-08`, and `08.03.2026`
 * under `dmy`, either followed by `T` or a space and `HH:MM` or `HH:MM:SS` — are read here in a
 * few steps; any other form, and any invalid value, goes to parseDateTimeAt itself.
 */
export function dayAt(b: Uint8Array, s: number, e: number, order: DateOrder): number {
  const n = e - s;
  if (n !== 10 && n !== 16 && n !== 19) return general(b, s, e, order);
  let y: number, m: number, d: number;
  if (b[s + 4] === DASH && b[s + 7] === DASH) {
    y = digits4(b, s);
    m = digits2(b, s + 5);
    d = digits2(b, s + 8);
  } else if (order === 'dmy' && b[s + 2] === DOT && b[s + 5] === DOT) {
    d = digits2(b, s);
    m = digits2(b, s + 3);
    y = digits4(b, s + 6);
  } else return general(b, s, e, order);
  if (y < 0 || m < 1 || m > 12 || d < 1) return general(b, s, e, order);
  if (n > 10) {
    const sep = b[s + 10];
    if ((sep !== T && sep !== SPACE) || b[s + 13] !== COLON || digits2(b, s + 11) > 23 || digits2(b, s + 14) > 59) return general(b, s, e, order);
    if (n === 19 && (b[s + 16] !== COLON || digits2(b, s + 17) > 59)) return general(b, s, e, order);
    if (digits2(b, s + 11) < 0 || digits2(b, s + 14) < 0 || (n === 19 && digits2(b, s + 17) < 0)) return general(b, s, e, order);
  }
  if (y === lastY && m === lastM && d === lastD) return lastDays;
  if (d > daysInMonth(y, m)) return general(b, s, e, order);
  lastY = y;
  lastM = m;
  lastD = d;
  return (lastDays = dayNumber(y, m, d));
}

// Exports are mostly sorted by date: consecutive rows share the day.
let lastY = -1, lastM = -1, lastD = -1, lastDays = 0;

function general(b: Uint8Array, s: number, e: number, order: DateOrder): number {
  return Math.floor(parseDateTimeAt(b, s, e, order) / 86400);
}

/** Two ASCII digits as a number, -1 if either is not a digit. */
function digits2(b: Uint8Array, i: number): number {
  const x = b[i] - 48, y = b[i + 1] - 48;
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
}

function digits4(b: Uint8Array, i: number): number {
  const hi = digits2(b, i), lo = digits2(b, i + 2);
  return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
}

/**
 * Integer minor units of an amount: `parseMoneyMinorAt(b, s, e, decimalComma)`. Plain `1234`,
 * `1234.5` and `1234.50` (`,` with `decimalComma`) are read here; any other form (signs, spaces,
 * thousands groups, more decimals) goes to parseMoneyMinorAt itself.
 */
export function minorAt(b: Uint8Array, s: number, e: number, decimalComma: boolean): number {
  let i = s;
  let int = 0;
  for (let v; i < e && (v = b[i] - 48) >= 0 && v <= 9; i++) int = int * 10 + v;
  if (i === s || i - s > 13) return parseMoneyMinorAt(b, s, e, decimalComma);
  if (i === e) return int * 100;
  if (b[i] !== (decimalComma ? COMMA : DOT)) return parseMoneyMinorAt(b, s, e, decimalComma);
  const f1 = b[i + 1] - 48, f2 = b[i + 2] - 48;
  if (i + 2 === e && f1 >= 0 && f1 <= 9) return int * 100 + f1 * 10;
  if (i + 3 === e && f1 >= 0 && f1 <= 9 && f2 >= 0 && f2 <= 9) return int * 100 + f1 * 10 + f2;
  return parseMoneyMinorAt(b, s, e, decimalComma);
}
