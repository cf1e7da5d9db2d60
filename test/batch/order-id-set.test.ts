import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OrderIdSet } from '../../core/batch/order-id-set.ts';

const encoder = new TextEncoder();

/** Ids as the aggregator passes them: whole numbers (up to 2^53) or texts. */
const id = fc.oneof(
  fc.integer({ min: 0, max: 300 }),
  fc.constantFrom(2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1, 2 ** 53 - 2),
  fc.string({ unit: fc.constantFrom('a', '0', '-', 'я'), maxLength: 12 }),
);

function add(set: OrderIdSet, v: number | string): boolean {
  if (typeof v === 'number') return set.addNumber(v);
  const b = encoder.encode(v);
  return set.addText(b, 0, b.length);
}

function has(set: OrderIdSet, v: number | string): boolean {
  if (typeof v === 'number') return set.hasNumber(v);
  const b = encoder.encode(v);
  return set.hasText(b, 0, b.length);
}

describe('order id set', () => {
  it('adds and finds ids as a JS Set does, growing from the smallest size', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 500 }), fc.array(id, { maxLength: 50 }), (ids, probes) => {
        const set = new OrderIdSet(1);
        const ref = new Set<number | string>();
        for (const v of ids) {
          expect(add(set, v)).toBe(!ref.has(v));
          ref.add(v);
        }
        expect(set.size).toBe(ref.size);
        for (const v of [...ids, ...probes]) expect(has(set, v)).toBe(ref.has(v));
      }),
    );
  });

  it('finds the ids two sets share, also after a trip through their buffers', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 200 }), fc.array(id, { maxLength: 200 }), (a, b) => {
        const left = new OrderIdSet(), right = new OrderIdSet(4);
        a.forEach((v) => add(left, v));
        b.forEach((v) => add(right, v));
        const both = OrderIdSet.adopt(structuredClone(left.parts())).common(OrderIdSet.adopt(structuredClone(right.parts())));
        const want = new Set(b.filter((v) => a.includes(v)));
        expect(both.size).toBe(want.size);
        for (const v of want) expect(has(both, v)).toBe(true);
      }),
    );
  });
});
