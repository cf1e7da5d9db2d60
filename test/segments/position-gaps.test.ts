import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePositions, encodePositions, indexOfPosition } from '../../core/segments/position-gaps.ts';

const ascending = fc.uniqueArray(fc.oneof(fc.nat({ max: 300 }), fc.nat({ max: 2 ** 32 - 2 })), { maxLength: 60 }).map((xs) => xs.sort((a, b) => a - b));

describe('position gaps', () => {
  it('decode to the ascending positions encoded, across one- to five-byte gaps', () => {
    fc.assert(fc.property(ascending, (xs) => {
      expect(Array.from(decodePositions(encodePositions(xs), xs.length))).toEqual(xs);
    }));
  });

  it('find the index of a position, or -1 when it is not coded', () => {
    fc.assert(fc.property(ascending, fc.nat({ max: 400 }), (xs, probe) => {
      const bytes = encodePositions(xs);
      for (const p of [...xs, probe]) expect(indexOfPosition(bytes, xs.length, p)).toBe(xs.indexOf(p));
    }));
  });

  it('take one byte a position when positions are less than 128 apart', () => {
    expect(encodePositions([0, 5, 133, 261]).length).toBe(4);
    expect(encodePositions([0, 129]).length).toBe(3);
    expect(() => encodePositions([3, 3])).toThrow();
  });
});
