import { describe, expect, it } from 'vitest';
import { stripExcelQuote, stripExcelQuoteAt } from '../../../core/import/values/excel-quote.ts';
import { encodeUtf8 } from '../fixtures.ts';

describe('Excel text marker', () => {
  it('is dropped from the start of ids, zips and phones only', () => {
    expect(stripExcelQuote("'+15551234567")).toBe('+15551234567');
    expect(stripExcelQuote("'02134")).toBe('02134');
    expect(stripExcelQuote("O'Brien")).toBe("O'Brien");
    expect(stripExcelQuote('')).toBe('');
    const b = encodeUtf8("x,'0123");
    expect(stripExcelQuoteAt(b, 2, b.length)).toBe(3);
    expect(stripExcelQuoteAt(b, 3, b.length)).toBe(3);
    expect(stripExcelQuoteAt(b, 2, 2)).toBe(2);
  });
});
