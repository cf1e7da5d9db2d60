import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CustomerTable, NO_DAY } from '../../core/batch/customer-table.ts';

interface Order {
  key: number[];
  day: number;
  amount: number;
  queued: boolean;
}

type Totals = Map<string, { count: number; lastDay: number; sum: number }>;

const hex = (b: ArrayLike<number>) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** Keys of 0–20 bytes from a small alphabet (zeros included), so that keys repeat and collide in prefix. */
const key = fc.array(fc.constantFrom(0, 0x41, 0x42, 0xd0, 0xff), { maxLength: 20 });
const order = fc.record({ key, day: fc.integer({ min: -5, max: 50 }), amount: fc.integer({ min: 0, max: 10 ** 9 }), queued: fc.boolean() });

function fill(table: CustomerTable, orders: readonly Order[]): void {
  for (const o of orders) {
    // Each key sits inside other bytes, as a field sits in a row.
    const b = Uint8Array.from([0x2c, ...o.key, 0x2c]);
    if (o.queued) table.queueOrder(b, 1, b.length - 1, o.day, o.amount);
    else table.addOrder(table.slot(b, 1, b.length - 1), o.day, o.amount);
  }
}

function expected(orders: readonly Order[]): Totals {
  const m: Totals = new Map();
  for (const o of orders) {
    const t = m.get(hex(o.key)) ?? { count: 0, lastDay: NO_DAY, sum: 0 };
    m.set(hex(o.key), { count: t.count + 1, lastDay: Math.max(t.lastDay, o.day), sum: t.sum + o.amount });
  }
  return m;
}

function contents(table: CustomerTable): Totals {
  const { bytes, starts } = table.keys();
  const { count, lastDay, sum } = table.columns();
  const m: Totals = new Map();
  for (let i = 0; i < table.size; i++) {
    const k = hex(bytes.subarray(starts[i], starts[i + 1]));
    expect(m.has(k)).toBe(false);
    m.set(k, { count: count[i], lastDay: lastDay[i], sum: sum[i] });
  }
  return m;
}

describe('customer table', () => {
  it('sums each distinct key’s orders, whether counted at once or queued, growing from the smallest size', () => {
    fc.assert(
      fc.property(fc.array(order, { maxLength: 400 }), (orders) => {
        const table = new CustomerTable(1);
        fill(table, orders);
        expect(contents(table)).toEqual(expected(orders));
      }),
    );
  });

  it('gives a key the same index every time and the index of its slot', () => {
    const table = new CustomerTable(1);
    const ids = ['C0001', 'C0002', 'a-much-longer-customer-id', 'C0001', 'a-much-longer-customer-id'];
    const b = new TextEncoder().encode(ids.join(','));
    let s = 0;
    const got = ids.map((id) => {
      const ix = table.indexAt(table.slot(b, s, s + id.length));
      s += id.length + 1;
      return ix;
    });
    expect(got).toEqual([0, 1, 2, 0, 2]);
  });

  it('tells apart short keys that differ only by trailing zero bytes', () => {
    const table = new CustomerTable();
    const b = new Uint8Array(12).fill(0);
    b[0] = 0x41;
    for (const len of [1, 2, 3, 4, 5, 8, 9, 12, 1, 9]) table.addOrder(table.slot(b, 0, len), 1, len);
    expect(table.size).toBe(8);
    expect(Array.from(table.columns().sum)).toEqual([2, 2, 3, 4, 5, 8, 18, 12]);
  });

  it('survives a trip through its buffers and merges another table key by key', () => {
    fc.assert(
      fc.property(fc.array(order, { maxLength: 200 }), fc.array(order, { maxLength: 200 }), (a, b) => {
        const left = new CustomerTable(4);
        const right = new CustomerTable(1);
        fill(left, a);
        fill(right, b);
        const merged = CustomerTable.adopt(structuredClone(left.parts()));
        merged.addAll(CustomerTable.adopt(structuredClone(right.parts())));
        expect(contents(merged)).toEqual(expected([...a, ...b]));
      }),
    );
  });

  it('compacts to the customers with orders, keys and totals side by side', () => {
    fc.assert(
      fc.property(fc.array(order, { maxLength: 300 }), fc.array(key, { maxLength: 20 }), (orders, idle) => {
        const table = new CustomerTable(2);
        fill(table, orders);
        // Keys without orders (as a held-out first row leaves them) are left out.
        for (const k of idle) table.slot(Uint8Array.from(k), 0, k.length);
        const { keys, count, lastDay, sum } = table.compact();
        const got: Totals = new Map();
        for (let j = 0; j < count.length; j++) {
          got.set(hex(keys.bytes.subarray(keys.starts[j], keys.starts[j + 1])), { count: count[j], lastDay: lastDay[j], sum: sum[j] });
        }
        expect(got.size).toBe(count.length);
        expect(got).toEqual(expected(orders));
      }),
    );
  });

  it('records whether any key has a byte of 0x80 or above', () => {
    const table = new CustomerTable();
    table.queueOrder(Uint8Array.of(0x41, 0x42), 0, 2, 1, 1);
    expect(table.highBytes).toBe(false);
    table.queueOrder(Uint8Array.of(0xd0, 0x90), 0, 2, 1, 1);
    expect(table.highBytes).toBe(true);
  });
});
