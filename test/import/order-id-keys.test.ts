import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ByteOrderKeys, firstOccurrences, keyOf, numericKeys, OrderIdLookup } from '../../core/import/order-id-keys.ts';

function reference(ids: string[]): number[] {
  const seen = new Map<string, number>();
  return ids.map((id, i) => { const s = seen.get(id); if (s === undefined) { seen.set(id, i); return -1; } return s; });
}

const ids: fc.Arbitrary<string[]> = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 50 }).map((n) => `#${n}`), { maxLength: 80 }),
  fc.array(fc.integer({ min: 0, max: 30 }).map(String), { maxLength: 80 }),
  fc.array(fc.constantFrom('7', '07', '007', '#7', 'A-7', '70', '7 '), { maxLength: 40 }),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 60 }),
);

describe('order id keys', () => {
  test('keyOf takes only the canonical digits after the prefix', () => {
    expect(keyOf('#1001', '#')).toBe(1001);
    expect(keyOf('0', '')).toBe(0);
    expect(keyOf('007', '')).toBe(-1);
    expect(keyOf('SO-12', '#')).toBe(-1);
    expect(keyOf('1234567890123456', '')).toBe(-1);
  });

  test('firstOccurrences finds the first row of every repeated id, as a string map would', () => {
    fc.assert(fc.property(ids, (list) => { expect(Array.from(firstOccurrences(list))).toEqual(reference(list)); }));
  });

  test('OrderIdLookup finds the first row of an id, or nothing', () => {
    fc.assert(fc.property(ids, fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 60 }).map((n) => `#${n}`))), (list, probes) => {
      const lookup = new OrderIdLookup(list);
      for (const p of [...list, ...probes]) {
        const i = list.indexOf(p);
        expect(lookup.get(p)).toBe(i < 0 ? undefined : i);
      }
    }));
  });

  test('ByteOrderKeys gives from the bytes the keys numericKeys gives from the strings', () => {
    const more = fc.oneof(ids, fc.array(fc.constantFrom('№7', '№12', '№007', '№', 'No1', '7'), { maxLength: 20 }));
    fc.assert(fc.property(more, (list) => {
      const enc = new TextEncoder();
      const keys = new ByteOrderKeys();
      for (const id of list) {
        const b = enc.encode(` ${id},`);
        keys.add(b, 1, b.length - 1);
      }
      const got = keys.result();
      const want = numericKeys(list);
      expect(got && Array.from(got)).toEqual(want && Array.from(want));
    }), { numRuns: 500 });
  });
});

