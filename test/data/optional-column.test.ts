import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canonicalDay, decodeOptionalBooleans, decodeOptionalDates, decodeOptionalNumbers, encodeOptionalBooleans, encodeOptionalDates,
  encodeOptionalNumbers,
} from '../../core/data/optional-column.ts';
import { encodeInts } from '../../core/data/int-column.ts';
import { dayOfIso, isoOfDay } from '../../core/model/dates.ts';

describe('optional columns', () => {
  it('read a date exactly when dayOfIso does, with the same day', () => {
    const dateLike = fc.oneof(
      fc.integer({ min: -719162, max: 2932896 }).map(isoOfDay),
      fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', '/', 'a', '٣'), minLength: 8, maxLength: 11 }),
      fc.tuple(fc.nat({ max: 9999 }), fc.nat({ max: 14 }), fc.nat({ max: 33 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
    );
    fc.assert(fc.property(dateLike, (s) => {
      expect(canonicalDay(s)).toBe(dayOfIso(s));
    }), { numRuns: 2000 });
  });

  it('give back dates, missing ones and odd spellings alike', () => {
    const xs = ['2024-02-29', undefined, '1899-12-31', '0001-01-01'];
    const col = encodeOptionalDates(xs);
    expect(col.kind).toBe('days');
    expect(decodeOptionalDates(col, xs.length)).toEqual(xs);
    const odd = ['2024-02-29', '29.02.2024', undefined, ''];
    expect(encodeOptionalDates(odd).kind).toBe('text');
    expect(decodeOptionalDates(encodeOptionalDates(odd), odd.length)).toEqual(odd);
  });

  it('spell each distinct day once, whether the days are close together or far apart', () => {
    const day = fc.oneof(fc.integer({ min: 18_000, max: 18_010 }), fc.integer({ min: -719_162, max: 2_932_896 }));
    fc.assert(
      fc.property(fc.array(fc.option(day.map(isoOfDay), { nil: undefined }), { maxLength: 200 }), (xs) => {
        const decoded = decodeOptionalDates(encodeOptionalDates(xs), xs.length);
        expect(decoded).toEqual(xs);
        const first = new Map<string, string>();
        for (const d of decoded) if (d !== undefined && !first.has(d)) first.set(d, d);
        for (const d of decoded) if (d !== undefined) expect(d).toBe(first.get(d));
      }),
    );
  });

  it('refuse a flag column holding codes other than missing, false and true', () => {
    expect(() => decodeOptionalBooleans(encodeInts([0, 1, 3]), 3)).toThrow(RangeError);
  });

  it('keep missing numbers and booleans apart from 0 and false', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double()), { nil: undefined })), (xs) => {
        expect(decodeOptionalNumbers(encodeOptionalNumbers(xs), xs.length)).toEqual(xs);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.option(fc.boolean(), { nil: undefined })), (xs) => {
        expect(decodeOptionalBooleans(encodeOptionalBooleans(xs), xs.length)).toEqual(xs);
      }),
    );
  });
});
