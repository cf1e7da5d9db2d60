import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createUtf8Validator, findInvalidUtf8, isValidUtf8 } from '../../core/import/utf8-validate.ts';
import { concat, encodeUtf8 } from './fixtures.ts';

/** Node's own strict check is the reference. */
function reference(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

const mixed = fc.tuple(fc.string({ unit: 'binary', maxLength: 20 }), fc.uint8Array({ maxLength: 4 }), fc.boolean()).map(([s, junk, dirty]) =>
  dirty ? concat(encodeUtf8(s), junk, encodeUtf8(s)) : encodeUtf8(s),
);

describe('UTF-8 validation', () => {
  it('agrees with a fatal TextDecoder on valid text and on text with random bytes', () => {
    fc.assert(fc.property(mixed, (b) => {
      expect(isValidUtf8(b)).toBe(reference(b));
    }), { numRuns: 500 });
  });

  it('agrees with the whole-buffer check whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(mixed, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }), (b, sizes) => {
        const v = createUtf8Validator();
        for (let pos = 0, k = 0; pos < b.length; k++) {
          const size = sizes[k % sizes.length];
          v.push(b.slice(pos, pos + size));
          pos += size;
        }
        expect(v.end()).toBe(reference(b));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the first bad byte of a range anywhere in a buffer, past long ASCII runs read a word at a time', () => {
    const part = fc.oneof(fc.constantFrom('a'.repeat(37), 'Корзина', '€', '😀', ','), fc.uint8Array({ minLength: 1, maxLength: 2 }));
    fc.assert(fc.property(fc.nat(7), fc.array(part, { maxLength: 12 }), fc.nat(3), (pad, parts, cut) => {
      const body = concat(...parts.map((p) => (typeof p === 'string' ? encodeUtf8(p) : p)));
      const buf = concat(new Uint8Array(pad), body, new Uint8Array(cut));
      const view = buf.subarray(pad, pad + body.length);
      const bad = findInvalidUtf8(view, 0, view.length);
      expect(bad < 0).toBe(reference(view));
      // The bytes before the reported one are valid, and the reported one starts no valid sequence.
      if (bad >= 0) {
        expect(reference(view.subarray(0, bad))).toBe(true);
        expect(findInvalidUtf8(view, bad, view.length)).toBe(bad);
      }
    }), { numRuns: 1000 });
  });
});

