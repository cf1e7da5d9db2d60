import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { and, andNot, count, countAnd, fromIndexes, fullSet, has, not, or, toIndexes } from '../../core/segments/member-set.ts';

const sized = fc.integer({ min: 0, max: 200 }).chain((size) =>
  fc.tuple(fc.constant(size), fc.uniqueArray(fc.nat({ max: Math.max(size - 1, 0) }), { maxLength: size }),
    fc.uniqueArray(fc.nat({ max: Math.max(size - 1, 0) }), { maxLength: size })));

describe('member sets', () => {
  it('behave like sets of positions under union, intersection, difference and complement', () => {
    fc.assert(fc.property(sized, ([size, xs, ys]) => {
      if (size === 0) { xs = []; ys = []; }
      const a = fromIndexes(size, xs), b = fromIndexes(size, ys);
      const A = new Set(xs), B = new Set(ys);
      const all = [...Array(size).keys()];
      expect(toIndexes(or(a, b))).toEqual(all.filter((i) => A.has(i) || B.has(i)));
      expect(toIndexes(and(a, b))).toEqual(all.filter((i) => A.has(i) && B.has(i)));
      expect(toIndexes(andNot(a, b))).toEqual(all.filter((i) => A.has(i) && !B.has(i)));
      expect(toIndexes(not(a, size))).toEqual(all.filter((i) => !A.has(i)));
      expect(countAnd(a, b)).toBe(all.filter((i) => A.has(i) && B.has(i)).length);
      expect(count(a)).toBe(A.size);
      for (const i of all) expect(has(a, i)).toBe(A.has(i));
    }));
  });

  it('a full set holds exactly the positions below its size, at every word boundary', () => {
    for (const size of [0, 1, 31, 32, 33, 64, 65, 100]) {
      expect(count(fullSet(size))).toBe(size);
      expect(count(not(fullSet(size), size))).toBe(0);
    }
  });
});
