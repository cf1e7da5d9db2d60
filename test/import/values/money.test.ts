import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { explainMoney, parseMoneyMinor, parseMoneyMinorAt } from '../../../core/import/values/money.ts';
import { encode1251, encodeUtf8 } from '../fixtures.ts';

/** Parses through the string form and through UTF-8 bytes placed in the middle of a buffer; both must agree. */
function money(s: string, decimalComma: boolean, minorDigits = 2): number {
  const viaString = parseMoneyMinor(s, decimalComma, minorDigits);
  const b = encodeUtf8(`x;${s};y`);
  const viaBytes = parseMoneyMinorAt(b, 2, b.length - 2, decimalComma, minorDigits);
  expect(Object.is(viaBytes, viaString) || (Number.isNaN(viaBytes) && Number.isNaN(viaString))).toBe(true);
  return viaString;
}

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

describe('money parsing', () => {
  it('reads dot and comma decimals into exact minor units', () => {
    expect(money('1234.50', false)).toBe(123450);
    expect(money('1234,50', true)).toBe(123450);
    expect(money('0.07', false)).toBe(7);
    expect(money('12.5', false)).toBe(1250);
    expect(money('12', false)).toBe(1200);
    expect(money('.5', false)).toBe(50);
    expect(money('1234.10', false)).toBe(123410); // 1234.1 * 100 is 123409.99999999999 in floats
  });

  it('reads thousands separators of both styles', () => {
    expect(money('1 234,50', true)).toBe(123450);
    expect(money('1\u00a0234\u00a0567,5', true)).toBe(123456750);
    expect(money('1\u202f234,50', true)).toBe(123450);
    expect(money('1.234,50', true)).toBe(123450);
    expect(money('1,234.50', false)).toBe(123450);
    expect(money('1,234,567', false)).toBe(123456700);
    expect(money('1 234.50', false)).toBe(123450);
  });

  it('accepts a sign, a leading apostrophe and surrounding spaces', () => {
    expect(money('-12.00', false)).toBe(-1200);
    expect(money('+3', false)).toBe(300);
    expect(money("'1234.50", false)).toBe(123450);
    expect(money("  '-7,25 ", true)).toBe(-725);
    expect(money('-0.00', false)).toBe(0);
    expect(Object.is(money('-0.00', false), -0)).toBe(false);
  });

  it('reads a NBSP written as the single Windows-1251 byte', () => {
    const b = encode1251('1\u00a0234,50');
    expect(parseMoneyMinorAt(b, 0, b.length, true)).toBe(123450);
  });

  it('accepts extra fraction digits only when they are zeros', () => {
    expect(money('12.500', false)).toBe(1250);
    expect(money('12.345', false)).toBeNaN();
    expect(explainMoney('12.345', false)?.code).toBe('too_many_decimals');
  });

  it('refuses what is not a plain amount, and says why', () => {
    for (const [s, comma, code] of [
      ['', false, 'empty'],
      ['  ', true, 'empty'],
      ['n/a', false, 'not_a_number'],
      ['1 234,50 руб.', true, 'not_a_number'],
      ['$12.00', false, 'not_a_number'],
      ['12.00 RUB', false, 'not_a_number'],
      ['1e5', false, 'not_a_number'],
      ['--5', false, 'not_a_number'],
      ['-', false, 'not_a_number'],
      ['1234,50', false, 'thousands_grouping'],
      ['12,34,567', false, 'thousands_grouping'],
      ['1 2345', true, 'thousands_grouping'],
      ['1.234.5', true, 'thousands_grouping'],
      ['1 234.567,50', true, 'thousands_grouping'],
      ['99999999999999999', false, 'too_large'],
    ] as const) {
      expect(money(s, comma), s).toBeNaN();
      expect(explainMoney(s, comma)?.code, s).toBe(code);
    }
    expect(explainMoney('12.00', false)).toBeUndefined();
  });

  it('reads back every amount written in any supported style', () => {
    const styles: Array<[boolean, (int: string, frac: string) => string]> = [
      [false, (i, f) => `${i}.${f}`],
      [true, (i, f) => `${i},${f}`],
      [true, (i, f) => `${group(i, ' ')},${f}`],
      [true, (i, f) => `${group(i, '\u00a0')},${f}`],
      [true, (i, f) => `${group(i, '\u202f')},${f}`],
      [true, (i, f) => `${group(i, '.')},${f}`],
      [false, (i, f) => `${group(i, ',')}.${f}`],
      [false, (i, f) => `'${i}.${f}`],
      [false, (i, f) => ` ${i}.${f}00 `],
      [false, (i, f) => (f === '00' ? i : f.endsWith('0') ? `${i}.${f[0]}` : `${i}.${f}`)],
    ];
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: styles.length - 1 }), (minor, k) => {
        const abs = Math.abs(minor);
        const int = String(Math.floor(abs / 100));
        const frac = String(abs % 100).padStart(2, '0');
        const [comma, write] = styles[k];
        expect(money(write((minor < 0 ? '-' : '') + int, frac), comma)).toBe(minor);
      }),
      { numRuns: 1000 },
    );
  });

  it('scales to the minor unit asked for', () => {
    expect(money('1500', false, 0)).toBe(1500);
    expect(money('1500.5', false, 0)).toBeNaN();
    expect(money('1.234', false, 3)).toBe(1234);
  });
});
