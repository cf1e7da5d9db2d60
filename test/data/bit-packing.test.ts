import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pack, unitsInto, type Bits } from '../../core/data/bit-packing.ts';

const WIDTHS: Exclude<Bits, 0>[] = [1, 2, 4, 8, 16, 24, 32];

describe('bit packing', () => {
  it('gives back every value that fits its width, for every width and length', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WIDTHS).chain((bits) => fc.tuple(
        fc.constant(bits),
        fc.array(fc.integer({ min: 0, max: 2 ** bits - 1 }), { maxLength: 70 }),
      )), ([bits, xs]) => {
        const u = Float64Array.from(xs);
        const out = new Float64Array(xs.length);
        unitsInto(out, pack(u, bits), bits, xs.length);
        expect(Array.from(out)).toEqual(xs);
      }),
      { numRuns: 500 },
    );
  });

  it('packs sub-byte widths several values to a byte, and 24 bits in three bytes', () => {
    const u = Float64Array.from({ length: 9 }, (_, i) => i % 2);
    expect(pack(u, 1).byteLength).toBe(2);
    expect(pack(u, 2).byteLength).toBe(3);
    expect(pack(u, 4).byteLength).toBe(5);
    expect(pack(u, 24).byteLength).toBe(27);
  });

  it('refuses data shorter than the values asked for', () => {
    expect(() => unitsInto(new Float64Array(9), pack(new Float64Array(8), 1), 1, 9)).toThrow(RangeError);
  });
});
