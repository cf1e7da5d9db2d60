import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeInts } from '../../core/data/int-column.ts';
import {
  decodeOptionalText, decodeText, decodeTextInto, encodeOptionalText, encodeText, materialize, optionalTextLookup,
} from '../../core/data/text-column.ts';
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

  it('store UTF-8 bytes and each value\'s length in UTF-16 code units', () => {
    const col = encodeText(['Ёж\u0000b', 'c', '😀'], 'never');
    expect(col).toMatchObject({ kind: 'utf8', bytes: new TextEncoder().encode('Ёж\u0000bc😀') });
    expect(decodeText(col, 3)).toEqual(['Ёж\u0000b', 'c', '😀']);
  });

  it('store ASCII text as one byte per character, even when V8 holds it as UTF-16', () => {
    // Slices of a string with Cyrillic in it stay two-byte inside V8, ASCII or not.
    const emails = 'я,ivan@mail.ru,olga@yandex.ru'.split(',').slice(1);
    const col = encodeText(emails, 'never');
    expect(col).toMatchObject({ kind: 'utf8', bytes: new TextEncoder().encode('ivan@mail.ruolga@yandex.ru') });
    expect(decodeText(col, 2)).toEqual(emails);
  });

  it('keep text that is not well-formed UTF-16 exactly, as a string', () => {
    const xs = ['a\ud800', '\udc00b', '😀'.slice(0, 1)];
    const col = encodeText(xs, 'never');
    expect(col.kind).toBe('lengths');
    expect(decodeText(col, xs.length)).toEqual(xs);
  });

  it('keep a byte order mark at the start of the first value', () => {
    const xs = ['\ufeffid', 'x'];
    expect(decodeText(encodeText(xs, 'never'), 2)).toEqual(xs);
  });

  it('read the joined columns storage format 1 wrote', () => {
    const ascii = { kind: 'ascii' as const, sep: '\u0000', bytes: new TextEncoder().encode('ivan@mail.ru\u0000olga@yandex.ru') };
    expect(decodeText(ascii, 2)).toEqual(['ivan@mail.ru', 'olga@yandex.ru']);
    const joined = { kind: 'joined' as const, sep: '\u0001', text: 'Ёж\u0000b\u0001c' };
    expect(decodeText(joined, 2)).toEqual(['Ёж\u0000b', 'c']);
    const lengths = { kind: 'lengths' as const, text: '\u0000\u0001\u001fx', lengths: encodeInts([3, 0, 1]) };
    expect(decodeText(lengths, 3)).toEqual(['\u0000\u0001\u001f', '', 'x']);
    const optional = { present: encodeInts([1, 0, 1]), values: { kind: 'joined' as const, sep: '\u0000', text: 'a\u0000' } };
    expect(decodeOptionalText(optional, 3)).toEqual(['a', undefined, '']);
  });

  it('store a low-cardinality column once per distinct value', () => {
    const cities = Array.from({ length: 1000 }, (_, i) => ['Москва', 'Казань', 'Пермь'][i % 3]);
    const col = encodeText(cities);
    expect(col.kind).toBe('dict');
    expect(decodeText(col, cities.length)).toEqual(cities);
  });

  it('keep high-cardinality columns as bytes, without a dictionary', () => {
    const emails = Array.from({ length: 1000 }, (_, i) => `user${i}@example.com`);
    expect(encodeText(emails).kind).toBe('utf8');
    expect(encodeOptionalText(emails).kind).toBeUndefined();
  });

  it('store a low-cardinality optional column as one index, 0 where there is no value', () => {
    const cities = Array.from({ length: 1000 }, (_, i) => [undefined, 'Москва', 'Казань', ''][i % 4]);
    const col = encodeOptionalText(cities);
    expect(col.kind).toBe('dict');
    expect(decodeOptionalText(col, cities.length)).toEqual(cities);
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

  it('decode into a longer array at an offset, leaving the rest alone', () => {
    fc.assert(
      fc.property(fc.array(textArb, { maxLength: 20 }), fc.nat({ max: 5 }), fc.constantFrom('auto' as const, 'never' as const), (xs, at, dict) => {
        const target = Array.from({ length: at + xs.length + 2 }, () => '-');
        decodeTextInto(encodeText(xs, dict), xs.length, target, at);
        expect(target).toEqual([...Array(at).fill('-'), ...xs, '-', '-']);
      }),
    );
  });

  it('read optional text as a table and one index per row, 0 for no value', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom('a', 'Москва', '', 'b'), { nil: undefined }), { maxLength: 300 }), (xs) => {
        const lookup = optionalTextLookup(encodeOptionalText(xs), xs.length);
        expect(lookup.table[0]).toBeUndefined();
        expect(materialize(lookup)).toEqual(xs);
      }),
    );
  });

  it('refuse a column with the wrong number of values', () => {
    expect(() => decodeText(encodeText(['a', 'b'], 'never'), 3)).toThrow(RangeError);
    expect(() => decodeText(encodeText(['a', 'bc', 'd'], 'never'), 2)).toThrow(RangeError);
  });
});
