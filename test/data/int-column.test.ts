import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeIntsInto, encodeInts, type IntColumn } from '../../core/data/int-column.ts';

const roundTrip = (values: ArrayLike<number>, options?: Parameters<typeof encodeInts>[3]): Float64Array => {
  const col = encodeInts(values, 0, values.length, options);
  const out = new Float64Array(values.length);
  decodeIntsInto(col, values.length, out);
  return out;
};

const bitsOf = (col: IntColumn) => (col.kind === 'raw' ? 64 : col.bits);

describe('packed integer columns', () => {
  it('give back every double exactly, including NaN, -0, fractions and huge integers', () => {
    const value = fc.oneof(fc.double(), fc.integer(), fc.integer({ min: 0, max: 20 }), fc.maxSafeInteger(), fc.constant(-0));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.boolean(), (xs, delta) => {
        const out = roundTrip(xs, { delta, scales: [86400, 60, 100] });
        expect(Array.from(out)).toEqual(xs);
        out.forEach((v, i) => expect(Object.is(v, xs[i])).toBe(true));
      }),
      { numRuns: 500 },
    );
  });

  it('give back a slice of a longer column when encoding a range', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 50 }), fc.nat(), fc.nat(), (xs, a, b) => {
        const start = a % xs.length;
        const end = start + (b % (xs.length - start + 1));
        const col = encodeInts(xs, start, end);
        const out = new Array<number>(end - start);
        decodeIntsInto(col, end - start, out);
        expect(out).toEqual(xs.slice(start, end));
      }),
    );
  });

  it('store a constant column with no data at all', () => {
    const col = encodeInts(new Float64Array(1000).fill(1_790_000_000_000));
    expect(col).toEqual({ kind: 'plain', base: 1_790_000_000_000, scale: 1, bits: 0 });
  });

  it('pack flags into one bit and small codes into two or four', () => {
    expect(bitsOf(encodeInts([0, 1, 1, 0, 1]))).toBe(1);
    expect(bitsOf(encodeInts([0, 3, 2]))).toBe(2);
    expect(bitsOf(encodeInts([5, 20, 7]))).toBe(4);
    expect(bitsOf(encodeInts([0, 255]))).toBe(8);
    expect(bitsOf(encodeInts([100, 70_000]))).toBe(24);
  });

  it('store amounts above 2^31 and negative ones as offsets from the minimum', () => {
    const col = encodeInts([-500, 2 ** 31 + 7, 0]);
    expect(col.kind).toBe('plain');
    expect(bitsOf(col)).toBe(32);
    expect(Array.from(roundTrip([-500, 2 ** 31 + 7, 0]))).toEqual([-500, 2 ** 31 + 7, 0]);
  });

  it('fall back to doubles when the range exceeds 32 bits', () => {
    expect(encodeInts([0, 2 ** 40]).kind).toBe('raw');
  });

  it('divide whole-day times by 86400 and store sorted times as small deltas', () => {
    const days = [0, 3, 3, 10, 400].map((d) => 1_700_000_000 - (1_700_000_000 % 86400) + d * 86400);
    const byDay = encodeInts(days, 0, days.length, { scales: [86400, 60] });
    expect(byDay).toMatchObject({ scale: 86400, bits: 16 });
    const sorted = Array.from({ length: 1000 }, (_, i) => 1_700_000_000 + i * 95 + (i % 7));
    const col = encodeInts(sorted, 0, sorted.length, { delta: true });
    expect(col.kind).toBe('delta');
    expect(bitsOf(col)).toBe(4);
    expect(Array.from(roundTrip(sorted, { delta: true }))).toEqual(sorted);
  });

  it('store consecutive ids as a start and a step', () => {
    const ids = Array.from({ length: 500 }, (_, i) => 10_000_000 + i);
    expect(encodeInts(ids, 0, ids.length, { delta: true })).toEqual({ kind: 'delta', base: 10_000_000, scale: 1, step: 1, bits: 0, data: undefined });
  });

  it('store non-negative integers in 8, 16 or 32 bits from 0 when asked for native widths, and give them back', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 70_000 }), fc.nat()), { minLength: 2, maxLength: 40 }), (xs) => {
        const col = encodeInts(Uint32Array.from(xs), 0, xs.length, { native: true });
        const max = Math.max(...xs);
        if (max !== Math.min(...xs)) {
          expect(col).toMatchObject({ kind: 'plain', base: 0, scale: 1, bits: max <= 255 ? 8 : max <= 65535 ? 16 : 32 });
        }
        const out = new Uint32Array(xs.length);
        decodeIntsInto(col, xs.length, out);
        expect(Array.from(out)).toEqual(xs);
      }),
    );
    // Negative values keep the usual packing.
    expect(Array.from(roundTrip(Int32Array.from([-3, 5, 0]), { native: true }))).toEqual([-3, 5, 0]);
  });

  it('store offsets from 0 when that costs no width', () => {
    expect(encodeInts([3, 1, 2])).toMatchObject({ base: 0, bits: 2 });
    expect(encodeInts([300, 301])).toMatchObject({ base: 300, bits: 1 });
  });

  it('refuse stored data that is not of its width\'s array type', () => {
    const col = encodeInts([0, 70_000]);
    expect(col).toMatchObject({ bits: 24 });
    expect(() => decodeIntsInto({ ...col, bits: 32 } as IntColumn, 2, new Float64Array(2))).toThrow(RangeError);
  });

  it('refuse a column with fewer stored values than asked for', () => {
    const col = encodeInts([1, 2, 300]);
    expect(() => decodeIntsInto(col, 10, new Float64Array(10))).toThrow(RangeError);
  });
});
