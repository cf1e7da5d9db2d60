import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createUtf8Validator, isValidUtf8 } from '../../core/import/utf8-validate.ts';
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
});
