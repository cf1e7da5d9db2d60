import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromIndexes } from '../../core/segments/member-set.ts';
import { overlapMatrix } from '../../core/segments/overlap-matrix.ts';

describe('overlap matrix', () => {
  it('counts the customers shared by every pair, symmetric, with sizes on the diagonal', () => {
    const size = 100;
    fc.assert(fc.property(fc.array(fc.uniqueArray(fc.nat({ max: size - 1 })), { maxLength: 5 }), (lists) => {
      const m = overlapMatrix(lists.map((l) => fromIndexes(size, l)));
      lists.forEach((a, i) => lists.forEach((b, j) => {
        expect(m[i][j]).toBe(a.filter((x) => b.includes(x)).length);
      }));
    }));
  });

  it('gives a hand-checked matrix', () => {
    const m = overlapMatrix([fromIndexes(40, [0, 1, 2, 33]), fromIndexes(40, [2, 33, 39]), fromIndexes(40, [])]);
    expect(m).toEqual([[4, 2, 0], [2, 3, 0], [0, 0, 0]]);
  });
});
