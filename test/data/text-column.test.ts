import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeOptionalText, decodeText, encodeOptionalText, encodeText } from '../../core/data/text-column.ts';
import { textArb } from './arbitraries.ts';

describe('packed text columns', () => {
  it('give back every list of strings, whatever characters they contain', () => {
    fc.assert(
      fc.property(fc.array(textArb, { maxLength: 40 }), fc.constantFrom('auto' as const, 'never' as const), (xs, dict) => {
        expect(decodeText(encodeText(xs, dict), xs.length)).toEqual(xs);
      }),
      { numRuns: 500 },
    );
  });

  it('join with a separator that occurs in no value', () => {
    const col = encodeText(['Ёж\u0000b', 'c'], 'never');
    expect(col).toEqual({ kind: 'joined', sep: '\u0001', text: 'Ёж\u0000b\u0001c' });
  });

  it('store ASCII text as one byte per character, even when V8 holds it as UTF-16', () => {
    // Slices of a string with Cyrillic in it stay two-byte inside V8, ASCII or not.
    const emails = 'я,ivan@mail.ru,olga@yandex.ru'.split(',').slice(1);
    const col = encodeText(emails, 'never');
    expect(col).toEqual({ kind: 'ascii', sep: '\u0000', bytes: new TextEncoder().encode('ivan@mail.ru\u0000olga@yandex.ru') });
    expect(decodeText(col, 2)).toEqual(emails);
  });

  it('keep text that is not well-formed UTF-16 exactly', () => {
    const xs = ['a\ud800', '\udc00b', '😀'.slice(0, 1)];
    expect(decodeText(encodeText(xs, 'never'), xs.length)).toEqual(xs);
  });

  it('store lengths when every separator candidate occurs in some value', () => {
    const xs = ['\u0000\u0001\u001f', '\u001e\u001d\u001c', '', 'x'];
    const col = encodeText(xs, 'never');
    expect(col.kind).toBe('lengths');
    expect(decodeText(col, xs.length)).toEqual(xs);
  });

  it('store a low-cardinality column once per distinct value', () => {
    const cities = Array.from({ length: 1000 }, (_, i) => ['Москва', 'Казань', 'Пермь'][i % 3]);
    const col = encodeText(cities);
    expect(col.kind).toBe('dict');
    expect(decodeText(col, cities.length)).toEqual(cities);
  });

  it('keep high-cardinality columns joined', () => {
    const emails = Array.from({ length: 1000 }, (_, i) => `user${i}@example.com`);
    expect(encodeText(emails).kind).toBe('ascii');
  });

  it('keep an empty string apart from a missing value', () => {
    const xs = ['', undefined, 'a', undefined, ''];
    expect(decodeOptionalText(encodeOptionalText(xs), xs.length)).toEqual(xs);
    fc.assert(
      fc.property(fc.array(fc.option(textArb, { nil: undefined }), { maxLength: 30 }), (ys) => {
        const out = decodeOptionalText(encodeOptionalText(ys), ys.length);
        expect(out.map((v) => v === undefined)).toEqual(ys.map((v) => v === undefined));
        expect(out).toEqual(ys);
      }),
    );
  });

  it('refuse a joined column with the wrong number of values', () => {
    expect(() => decodeText(encodeText(['a', 'b'], 'never'), 3)).toThrow(RangeError);
  });
});
