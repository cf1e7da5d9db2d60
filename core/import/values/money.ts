import { scratch, toScratch } from './ascii-scratch.ts';

/**
 * Exact money parsing into integer minor units: integer and fraction digits are read separately,
 * never through a float of the whole value. Accepted: `1234.50`; `1234,50` and `1 234,50` (NBSP and
 * narrow NBSP too) with `decimalComma`; `1,234.50` without it; a sign; a leading `'` (Excel text
 * marker); surrounding spaces. Thousands groups must be groups of three. More fraction digits than
 * the minor unit holds are refused unless they are zeros (`12.500` is fine, `12.345` is not):
 * rounding money silently is not our call. Returns NaN when the value is not an amount; then
 * `explainMoney` says why.
 */
export function parseMoneyMinorAt(b: Uint8Array, start: number, end: number, decimalComma: boolean, minorDigits = 2): number {
  let i = start;
  let e = end;
  let w: number;
  while (i < e && (w = spaceAfter(b, i, e)) > 0) i += w;
  if (i < e && b[i] === APOSTROPHE) {
    i++;
    while (i < e && (w = spaceAfter(b, i, e)) > 0) i += w;
  }
  while (e > i && (w = spaceBefore(b, i, e)) > 0) e -= w;
  if (i >= e) return fail(EMPTY);
  let negative = false;
  if (b[i] === MINUS || b[i] === PLUS) {
    negative = b[i] === MINUS;
    i++;
  }
  const decimal = decimalComma ? COMMA : DOT;
  const grouping = decimalComma ? DOT : COMMA;
  let int = 0, digits = 0, group = 0;
  let separator = 0; // 0 none yet, 1 spaces, 2 the grouping punctuation
  while (i < e) {
    const c = b[i];
    const v = c - 48;
    if (v >= 0 && v <= 9) {
      int = int * 10 + v;
      digits++;
      group++;
      i++;
      continue;
    }
    let kind = 2;
    w = 1;
    if (c !== grouping) {
      w = spaceAfter(b, i, e);
      kind = 1;
      if (w === 0) break;
    }
    if (digits === 0) return fail(NOT_A_NUMBER);
    if ((separator !== 0 && separator !== kind) || (separator === 0 ? group > 3 : group !== 3)) return fail(GROUPING);
    separator = kind;
    group = 0;
    i += w;
    const next = b[i] - 48;
    if (!(i < e && next >= 0 && next <= 9)) return fail(NOT_A_NUMBER);
  }
  if (separator !== 0 && group !== 3) return fail(GROUPING);
  let fraction = 0, fractionDigits = 0;
  if (i < e && b[i] === decimal) {
    i++;
    while (i < e) {
      const v = b[i] - 48;
      if (v < 0 || v > 9) break;
      if (fractionDigits < minorDigits) fraction = fraction * 10 + v;
      else if (v !== 0) return fail(TOO_PRECISE);
      fractionDigits++;
      i++;
    }
  }
  if (i !== e || digits + fractionDigits === 0) return fail(NOT_A_NUMBER);
  for (let k = fractionDigits; k < minorDigits; k++) fraction *= 10;
  const value = int * POW10[minorDigits] + fraction;
  if (value > Number.MAX_SAFE_INTEGER) return fail(TOO_LARGE);
  return negative && value !== 0 ? -value : value;
}

/** String form of {@link parseMoneyMinorAt}. */
export function parseMoneyMinor(s: string, decimalComma: boolean, minorDigits = 2): number {
  const n = toScratch(s);
  return n < 0 ? fail(NOT_A_NUMBER) : parseMoneyMinorAt(scratch, 0, n, decimalComma, minorDigits);
}

export interface ValueFailure {
  /** Stable machine code. */
  code: 'empty' | 'not_a_number' | 'thousands_grouping' | 'too_many_decimals' | 'too_large';
  /** Human sentence in English. */
  reason: string;
}

/** Why `s` is not an amount (undefined when it is one). Slow path, for the rejected-rows report. */
export function explainMoney(s: string, decimalComma: boolean, minorDigits = 2): ValueFailure | undefined {
  if (!Number.isNaN(parseMoneyMinor(s, decimalComma, minorDigits))) return undefined;
  return FAILURES[lastFailure];
}

const APOSTROPHE = 0x27, MINUS = 0x2d, PLUS = 0x2b, COMMA = 0x2c, DOT = 0x2e;
const POW10 = [1, 10, 100, 1000, 10000];
const EMPTY = 0, NOT_A_NUMBER = 1, GROUPING = 2, TOO_PRECISE = 3, TOO_LARGE = 4;
const FAILURES: ValueFailure[] = [
  { code: 'empty', reason: 'The value is empty.' },
  { code: 'not_a_number', reason: 'The value is not a plain number (no currency signs, words or letters are accepted).' },
  { code: 'thousands_grouping', reason: 'The thousands separators do not split the number into groups of three digits.' },
  { code: 'too_many_decimals', reason: 'The value has more decimal places than allowed (it is not rounded).' },
  { code: 'too_large', reason: 'The value is too large to be held exactly.' },
];
let lastFailure = EMPTY;

function fail(code: number): number {
  lastFailure = code;
  return NaN;
}

/** Width of a space at i: ASCII space or tab, NBSP (UTF-8 C2 A0 or the single byte A0 of Windows-1251), narrow NBSP (E2 80 AF). */
function spaceAfter(b: Uint8Array, i: number, e: number): number {
  const c = b[i];
  if (c === 0x20 || c === 0x09 || c === 0xa0) return 1;
  if (c === 0xc2) return i + 1 < e && b[i + 1] === 0xa0 ? 2 : 0;
  if (c === 0xe2) return i + 2 < e && b[i + 1] === 0x80 && b[i + 2] === 0xaf ? 3 : 0;
  return 0;
}

/** Width of a space ending just before e. */
function spaceBefore(b: Uint8Array, s: number, e: number): number {
  const c = b[e - 1];
  if (c === 0x20 || c === 0x09) return 1;
  if (c === 0xa0) return e - 2 >= s && b[e - 2] === 0xc2 ? 2 : 1;
  if (c === 0xaf) return e - 3 >= s && b[e - 2] === 0x80 && b[e - 3] === 0xe2 ? 3 : 0;
  return 0;
}
