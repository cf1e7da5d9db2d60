import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfIso } from '../../core/model/dates.ts';
import { aggregateOrders } from '../../core/rfm/aggregate.ts';
import { orderTable, wallSeconds } from '../helpers/std-orders.ts';

const asOf = dayOfIso('2026-11-01')!;

describe('aggregating orders per customer', () => {
  it('counts an order on the as-of day by its wall-clock date and ignores one a second later', () => {
    const orders = orderTable(['1', '2', '3'], [0, 0, 1], ['2026-11-01T23:59:59', '2026-11-02T00:00:00', '2026-10-01T00:00:00'].map(wallSeconds), [100, 200, 300]);
    const { input, firstDay, lastDay } = aggregateOrders(orders, 2, asOf);
    expect(Array.from(input.recencyDays)).toEqual([0, 31]);
    expect(Array.from(input.frequency)).toEqual([1, 1]);
    expect(Array.from(input.monetary)).toEqual([100, 300]);
    expect([firstDay[0], lastDay[0]]).toEqual([asOf, asOf]);
  });

  it('leaves out orders that are not counted (cancelled, voided, fully refunded)', () => {
    const orders = orderTable(['1', '2', '3'], [0, 0, 0], ['2026-10-30', '2026-10-31', '2026-09-01'].map(wallSeconds), [100, 5000, 700], [1, 0, 1]);
    const { input, firstDay, lastDay } = aggregateOrders(orders, 1, asOf);
    expect([input.recencyDays[0], input.frequency[0], input.monetary[0]]).toEqual([2, 2, 800]);
    expect([firstDay[0], lastDay[0]]).toEqual([dayOfIso('2026-09-01'), dayOfIso('2026-10-30')]);
  });

  it('gives customers without counted orders frequency 0 and day -1', () => {
    const orders = orderTable(['1'], [1], [wallSeconds('2026-10-30')], [100], [0]);
    const { input, firstDay, lastDay } = aggregateOrders(orders, 3, asOf);
    expect(Array.from(input.frequency)).toEqual([0, 0, 0]);
    expect(Array.from(input.monetary)).toEqual([0, 0, 0]);
    expect([...firstDay, ...lastDay]).toEqual([-1, -1, -1, -1, -1, -1]);
  });

  it('sums amounts exactly and tracks first and last day in any row order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ c: fc.nat(4), day: fc.integer({ min: asOf - 1000, max: asOf + 30 }), sec: fc.nat(86399), amount: fc.integer({ min: 0, max: 10 ** 12 }), counted: fc.boolean() }), { maxLength: 80 }),
        (rows) => {
          const orders = orderTable(rows.map((_, i) => String(i)), rows.map((r) => r.c), rows.map((r) => r.day * 86400 + r.sec), rows.map((r) => r.amount), rows.map((r) => (r.counted ? 1 : 0)));
          const { input, firstDay, lastDay } = aggregateOrders(orders, 5, asOf);
          for (let c = 0; c < 5; c++) {
            const mine = rows.filter((r) => r.c === c && r.counted && r.day <= asOf);
            const days = mine.map((r) => r.day);
            expect(input.frequency[c]).toBe(mine.length);
            expect(BigInt(input.monetary[c])).toBe(mine.reduce((s, r) => s + BigInt(r.amount), 0n));
            expect(firstDay[c]).toBe(mine.length ? Math.min(...days) : -1);
            expect(lastDay[c]).toBe(mine.length ? Math.max(...days) : -1);
            expect(input.recencyDays[c]).toBe(mine.length ? asOf - Math.max(...days) : 0);
          }
        },
      ),
    );
  });

  it('refuses an order whose customer index is outside the customer array', () => {
    const orders = orderTable(['x'], [3], [wallSeconds('2026-10-30')], [100]);
    expect(() => aggregateOrders(orders, 3, asOf)).toThrow(/Order x refers to customer 3/);
  });
});
