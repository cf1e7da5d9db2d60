import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderStatistics } from '../../core/rfm/order-statistics.ts';

const check = (values: number[], positions: number[], make: (v: number[]) => Float64Array | Int32Array) => {
  const sorted = [...values].sort((a, b) => a - b);
  expect(orderStatistics(make(values), positions)).toEqual(positions.map((p) => sorted[p]));
};

describe('order statistics', () => {
  it('equal the sorted values at the asked positions, through the counting path (narrow integers)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 3000 }), { minLength: 1, maxLength: 3000 }), fc.array(fc.nat(), { maxLength: 12 }), (values, ps) => {
        check(values, ps.map((p) => p % values.length), (v) => Int32Array.from(v));
      }),
    );
  });

  it('equal the sorted values at the asked positions, through the quickselect path (wide or fractional values)', () => {
    const wide = fc.oneof(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.constantFrom(0, 1, 5, 5, 5, 100), fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x))); // no -0: it sorts before 0 yet equals it
    fc.assert(
      fc.property(fc.array(wide, { minLength: 1, maxLength: 3000 }), fc.array(fc.nat(), { maxLength: 12 }), (values, ps) => {
        check(values, ps.map((p) => p % values.length), (v) => Float64Array.from(v));
      }),
    );
  });

  it('are right on sorted, reversed, all-equal and alternating input (quickselect worst cases)', () => {
    const n = 200_000;
    const inputs = [
      Float64Array.from({ length: n }, (_, i) => i * 1e7),
      Float64Array.from({ length: n }, (_, i) => (n - i) * 1e7),
      new Float64Array(n).fill(4.5),
      Float64Array.from({ length: n }, (_, i) => (i % 2) * 1e9),
    ];
    for (const values of inputs) {
      const sorted = Float64Array.from(values).sort();
      const ps = [0, 1000, n >> 1, n - 1];
      expect(orderStatistics(values, ps)).toEqual(ps.map((p) => sorted[p]));
    }
  });

  it('refuses a position outside the values', () => {
    expect(() => orderStatistics(new Float64Array(3), [3])).toThrow(RangeError);
  });
});
