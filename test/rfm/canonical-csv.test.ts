import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, decimalOfMinor, formatCanonicalRfm } from '../../core/rfm/canonical-csv.ts';
import { compareUtf8, sortIndexesUtf8 } from '../../core/rfm/compare-utf8.ts';
import { defaultRfmSettings } from '../../core/rfm/default-settings.ts';
import { scoreRfm } from '../../core/rfm/score.ts';
import { inputOf } from '../helpers/rfm-reference.ts';

const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const sign = (x: number): number => Math.sign(x);

describe('canonical RFM CSV', () => {
  it('writes the header, scored customers only in id byte order, two-decimal monetary and a trailing newline', () => {
    const input = inputOf([
      { recency: 1, frequency: 1, monetary: 10000 },
      { recency: 0, frequency: 0, monetary: 0 },
      { recency: 365, frequency: 3, monetary: 299997 },
      { recency: 153, frequency: 1, monetary: 1000 },
      { recency: 1, frequency: 2, monetary: 10000 },
    ]);
    const csv = formatCanonicalRfm(['a', 'x', 'c', 'd', 'b'], input, scoreRfm(input, defaultRfmSettings('2026-11-01')));
    expect(csv).toBe(
      'customer_id,recency_days,frequency,monetary,r,f,m,segment\n' +
        'a,1,1,100.00,3,1,2,About To Sleep\n' +
        'b,1,2,100.00,3,3,2,About To Sleep\n' +
        'c,365,3,2999.97,1,4,4,At Risk\n' +
        'd,153,1,10.00,2,1,1,Hibernating\n',
    );
  });

  it('quotes only fields holding a comma, a quote or a line break', () => {
    expect(["Can't Lose Them", 'a,b', 'say "hi"', 'two\nlines', 'cr\r'].map(csvField)).toEqual([
      "Can't Lose Them",
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '"cr\r"',
    ]);
  });

  it('prints minor units with exactly two decimals by integer arithmetic', () => {
    expect([0, 5, 10, 99, 100, 123450, -50, -12345, 2 ** 53 - 1].map(decimalOfMinor)).toEqual([
      '0.00',
      '0.05',
      '0.10',
      '0.99',
      '1.00',
      '1234.50',
      '-0.50',
      '-123.45',
      '90071992547409.91',
    ]);
    expect(() => decimalOfMinor(12.5)).toThrow(RangeError);
    fc.assert(fc.property(fc.maxSafeInteger(), (x) => BigInt(decimalOfMinor(x).replace('.', '')) === BigInt(x)));
  });
});

describe('UTF-8 byte order of strings', () => {
  const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'Z', '0', 'é', 'Ё', '\uE000', '\uFFFD', '\uFFFF', '\u{1F600}', '\u{10FFFF}'), fc.constantFrom('b', '\u00FF')) });

  it('agrees with comparing the UTF-8 bytes, where UTF-16 order does not', () => {
    expect(sign(compareUtf8('\u{1F600}', '\uE000'))).toBe(1);
    expect('\u{1F600}' < '\uE000').toBe(true);
    fc.assert(fc.property(text, text, (a, b) => sign(compareUtf8(a, b)) === sign(byteOrder(a, b))));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => sign(compareUtf8(a, b)) === sign(byteOrder(a, b))));
  });

  it('sorts indexes by byte order on both the ASCII fast path and the general path', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.string())), (ids) => {
        const sorted = sortIndexesUtf8(ids, ids.map((_, i) => i)).map((i) => ids[i]);
        expect(sorted).toEqual([...ids].sort(byteOrder));
      }),
    );
  });
});
