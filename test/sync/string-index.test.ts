import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringIndex } from '../../core/sync/string-index.ts';

describe('StringIndex', () => {
  it('answers like a Map for any keys, growing past the size it was made for', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 200 }), fc.nat({ max: 20 }), (pairs, expected) => {
      const index = new StringIndex(expected);
      const map = new Map<string, number>();
      for (const [k, v] of pairs) { index.set(k, v); map.set(k, v); }
      expect(index.size).toBe(map.size);
      for (const [k] of pairs) expect(index.get(k)).toBe(map.get(k));
      expect(index.get('never a key \u0000')).toBeUndefined();
    }));
  });
});
