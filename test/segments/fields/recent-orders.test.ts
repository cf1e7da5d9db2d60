import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TODAY, context, customer, day, sample, values } from './fixture.ts';
import type { OrderSpec } from './fixture.ts';
import { isoOfDay } from '../../../core/model/dates.ts';

describe('orders and spend in the last N days', () => {
  const ctx = sample();
  const u = undefined;

  it('count counted orders whose day is at most N days before the as-of day, 90 by default', () => {
    // Анна: 2026-10-31, 2026-08-04 and 2026-08-03 (exactly 90 days); not the uncounted or the later one.
    expect(values(ctx, 'ordersInLastDays')).toEqual([3, 1, u, 0, 0, 0]);
    expect(values(ctx, 'spendInLastDays')).toEqual([180000, 5000, u, 0, 0, 0]);
  });

  it('take the number of days from the params, as a number or a numeric string', () => {
    expect(values(ctx, 'ordersInLastDays', { days: 89 })).toEqual([2, 1, u, 0, 0, 0]);
    expect(values(ctx, 'spendInLastDays', { days: '89' })).toEqual([130000, 5000, u, 0, 0, 0]);
    expect(values(ctx, 'ordersInLastDays', { days: 200 })).toEqual([3, 1, u, 0, 0, 2]);
  });

  it('fall back to the default for a missing or unreadable parameter, and keep it within bounds', () => {
    expect(values(ctx, 'ordersInLastDays', { days: 'soon' })).toEqual(values(ctx, 'ordersInLastDays'));
    expect(values(ctx, 'ordersInLastDays', { days: -5 })).toEqual(values(ctx, 'ordersInLastDays', { days: 1 }));
  });

  it('agree with a direct count over random orders, and have orders exactly when daysSinceLastOrder ≤ N', () => {
    const spec = fc.record({
      customer: fc.integer({ min: 0, max: 4 }),
      offset: fc.integer({ min: -5, max: 120 }),
      amount: fc.integer({ min: 0, max: 10_000 }),
      counted: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(spec, { maxLength: 40 }), fc.integer({ min: 1, max: 100 }), (rows, days) => {
      const orders: OrderSpec[] = rows.map((r) => ({ customer: r.customer, at: isoOfDay(TODAY - r.offset), amount: r.amount, counted: r.counted }));
      const c = context([0, 1, 2, 3, 4].map((i) => customer(`c${i}`)), orders);
      const expected = [0, 1, 2, 3, 4].map((i) => rows.filter((r) => r.customer === i && r.counted && r.offset >= 0 && r.offset <= days).length);
      expect(values(c, 'ordersInLastDays', { days })).toEqual(expected);
      const since = values(c, 'daysSinceLastOrder') as (number | undefined)[];
      expected.forEach((n, i) => expect(n > 0).toBe(since[i] !== undefined && since[i]! <= days));
    }), { numRuns: 100 });
  });

  it('count an order at the last second of the as-of day but not one at midnight after it', () => {
    const c = context([customer('a')], [
      { customer: 0, at: '2026-11-01T23:59', amount: 1 },
      { customer: 0, at: '2026-11-02T00:00', amount: 2 },
    ]);
    expect(values(c, 'spendInLastDays', { days: 1 })).toEqual([1]);
    expect(day('2026-11-01')).toBe(TODAY);
  });
});
