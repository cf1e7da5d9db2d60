import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumericId, parseNumericIdAt } from '../../../core/import/values/numeric-id.ts';
import { encodeUtf8 } from '../fixtures.ts';

const viaBytes = (s: string) => {
  const b = encodeUtf8(`#${s}#`);
  return parseNumericIdAt(b, 1, b.length - 1);
};

describe('numeric ids', () => {
  it('read canonical whole numbers, which print back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), (n) => {
        expect(viaBytes(String(n))).toBe(n);
        expect(parseNumericId(String(n))).toBe(n);
      }),
    );
  });

  it('refuse ids that would not print back as written', () => {
    for (const s of ['', '007', '+7', '-7', '1e3', '1.0', ' 7', '#1001', '1234567890123456', 'C0000001']) {
      expect(viaBytes(s), s).toBeNaN();
      expect(parseNumericId(s), s).toBeNaN();
    }
  });
});
