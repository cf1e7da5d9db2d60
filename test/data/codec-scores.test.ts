import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeScores, encodeScores } from '../../core/data/codec-scores.ts';
import { scoresArb } from './arbitraries.ts';

describe('score chunks', () => {
  it('give back the same scores and typed arrays for any chunk size', () => {
    fc.assert(
      fc.property(fc.nat({ max: 30 }).chain(scoresArb), fc.integer({ min: 1, max: 40 }), (s, chunkRows) => {
        const { header, chunks } = encodeScores(s, chunkRows);
        expect(decodeScores(header, chunks)).toStrictEqual(s);
      }),
      { numRuns: 200 },
    );
  });

  it('refuse chunks that hold fewer rows than the header says', () => {
    return fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }).chain(scoresArb), (s) => {
        const { header, chunks } = encodeScores(s, 1);
        expect(() => decodeScores(header, chunks.slice(1))).toThrow(RangeError);
      }),
      { numRuns: 10 },
    );
  });
});
