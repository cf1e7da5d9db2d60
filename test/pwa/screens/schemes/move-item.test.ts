import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveItem } from '../../../../pwa/screens/schemes/move-item.ts';

describe('moveItem', () => {
  it('puts the item at its new index and keeps the others in order', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (items, f, t) => {
      const from = f % items.length;
      const to = t % items.length;
      const out = moveItem(items, from, to);
      expect(out[to]).toBe(items[from]);
      expect(out.filter((x) => x !== items[from])).toEqual(items.filter((x) => x !== items[from]));
    }));
  });

  it('leaves the list as it was for an index outside it and does not change its input', () => {
    const items = ['a', 'b', 'c'];
    expect(moveItem(items, 5, 0)).toEqual(items);
    expect(moveItem(items, 0, 9)).toEqual(['b', 'c', 'a']);
    expect(items).toEqual(['a', 'b', 'c']);
  });
});
