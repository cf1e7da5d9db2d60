import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeMembers } from '../../core/sync/merge-members.ts';
import { lwwCompare } from '../../core/sync/lww.ts';

const marks = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.record({ in: fc.boolean(), at: fc.integer({ min: 1, max: 3 }) }), { noNullPrototype: true });

describe('static members merged per mark', () => {
  it('is commutative, associative and idempotent, ties included', () => {
    fc.assert(fc.property(marks, marks, marks, (a, b, c) => {
      expect(mergeMembers(a, b)).toEqual(mergeMembers(b, a));
      expect(mergeMembers(mergeMembers(a, b), c)).toEqual(mergeMembers(a, mergeMembers(b, c)));
      expect(mergeMembers(a, a)).toEqual(a);
    }));
  });

  it('keeps the later mark of each customer and lets a removal win a tie', () => {
    const merged = mergeMembers({ a: { in: true, at: 1 }, b: { in: true, at: 2 } }, { a: { in: false, at: 2 }, b: { in: false, at: 2 }, c: { in: true, at: 1 } });
    expect(merged).toEqual({ a: { in: false, at: 2 }, b: { in: false, at: 2 }, c: { in: true, at: 1 } });
  });
});

describe('last writer wins', () => {
  it('orders versions by time, then by content, the same whichever side asks', () => {
    const record = fc.record({ city: fc.constantFrom('Москва', 'Казань'), tags: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }) });
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), record, record, (ta, tb, a, b) => {
      expect(Math.sign(lwwCompare(ta, tb, a, b)) + Math.sign(lwwCompare(tb, ta, b, a))).toBe(0);
      if (ta !== tb) expect(lwwCompare(ta, tb, a, b)).toBe(ta > tb ? 1 : -1);
    }));
    expect(lwwCompare(5, 5, { b: 1, a: 2 }, { a: 2, b: 1 })).toBe(0);
  });
});
