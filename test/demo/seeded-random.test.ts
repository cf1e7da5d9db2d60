import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulative, SeededRandom } from '../../core/demo/seeded-random.ts';

const draws = (r: SeededRandom, n: number) => Array.from({ length: n }, () => r.next());

describe('SeededRandom', () => {
  it('gives the same numbers for the same seed and stream, and others for another seed or stream', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(8), (seed, stream) => {
        const a = draws(new SeededRandom(seed, stream), 20);
        expect(draws(new SeededRandom(seed, stream), 20)).toEqual(a);
        expect(draws(new SeededRandom(seed + 1, stream), 20)).not.toEqual(a);
        expect(draws(new SeededRandom(seed, stream + 1), 20)).not.toEqual(a);
      }),
    );
  });

  it('draws uniform numbers in [0, 1) and integers in 0..n-1', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const r = new SeededRandom(seed);
        for (let i = 0; i < 200; i++) {
          const x = r.next();
          expect(x >= 0 && x < 1).toBe(true);
          const k = r.int(n);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
        }
      }),
    );
    const mean = draws(new SeededRandom(7), 100_000).reduce((s, x) => s + x, 0) / 100_000;
    expect(mean).toBeCloseTo(0.5, 2);
  });

  it('picks indices by weight and never one of weight zero', () => {
    const r = new SeededRandom(3);
    const counts = [0, 0, 0, 0];
    const cum = cumulative([1, 0, 3, 6]);
    for (let i = 0; i < 100_000; i++) counts[r.weighted(cum)]++;
    expect(counts[1]).toBe(0);
    expect(counts[0] / 100_000).toBeCloseTo(0.1, 1);
    expect(counts[2] / 100_000).toBeCloseTo(0.3, 1);
    expect(counts[3] / 100_000).toBeCloseTo(0.6, 1);
  });
});
