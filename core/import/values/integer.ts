import { parseMoneyMinor, parseMoneyMinorAt } from './money.ts';

/**
 * Whole numbers (items, NPS) with the leniency of amounts: spaces, `'`, thousands groups, and a
 * fraction of zeros (`2,00`). NaN when the value is not a whole number.
 */
export function parseIntegerAt(b: Uint8Array, start: number, end: number, decimalComma: boolean): number {
  return parseMoneyMinorAt(b, start, end, decimalComma, 0);
}

export function parseInteger(s: string, decimalComma: boolean): number {
  return parseMoneyMinor(s, decimalComma, 0);
}
