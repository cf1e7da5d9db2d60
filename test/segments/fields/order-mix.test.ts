import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TODAY, context, customer, sample, values } from './fixture.ts';
import { isoOfDay } from '../../../core/model/dates.ts';
import { findField } from '../../../core/segments/fields/catalogue.ts';
import { orderAggregates } from '../../../core/segments/fields/order-aggregates.ts';

describe('categories and channels bought', () => {
  const ctx = sample();
  const u = undefined;

  it('list the distinct categories and channels of counted orders up to the as-of day', () => {
    // Электроника / Приложение of Анна are uncounted or after the as-of day; Bob's order has no category.
    expect(values(ctx, 'categories')).toEqual([['Книги', 'Одежда'], [], [], [], [], ['Одежда']]);
    expect(values(ctx, 'channels')).toEqual([['web', 'store'], ['web'], [], [], [], ['Приложение']]);
  });

  it('pick the favourite by number of orders, then by spend', () => {
    // Анна: 2 orders of Книги (120 000) and 2 of Одежда (80 000).
    expect(values(ctx, 'favouriteCategory')).toEqual(['Книги', u, u, u, u, 'Одежда']);
    expect(values(ctx, 'favouriteChannel')).toEqual(['web', 'web', u, u, u, 'Приложение']);
    const c = context([customer('a')], [
      { customer: 0, at: '2026-01-01', amount: 100, category: 'A' },
      { customer: 0, at: '2026-01-02', amount: 100, category: 'A' },
      { customer: 0, at: '2026-01-03', amount: 99999, category: 'B' },
      { customer: 0, at: '2026-01-04', amount: 5, category: 'C' },
      { customer: 0, at: '2026-01-05', amount: 5, category: 'D' },
    ]);
    expect(values(c, 'favouriteCategory')).toEqual(['A']);
  });

  it('follow a deletion made after they were built, though the orders are the same', () => {
    const before = sample();
    expect(values(before, 'categories')[0]).toEqual(['Книги', 'Одежда']);
    const customers = before.ds.customers.map((c, i) => (i === 0 ? { ...c, deleted: true } : c));
    const after = { ...before, ds: { ...before.ds, customers } };
    expect(values(after, 'categories')[0]).toEqual([]);
    expect(values(after, 'favouriteCategory')[0]).toBeUndefined();
    expect(values(after, 'categories')[5]).toEqual(['Одежда']);
  });

  it('break a full tie by the first category written', () => {
    const c = context([customer('a')], [
      { customer: 0, at: '2026-01-01', amount: 5, category: 'D' },
      { customer: 0, at: '2026-01-02', amount: 5, category: 'C' },
    ]);
    expect(values(c, 'favouriteCategory')).toEqual(['D']);
  });

  it('offer every category and channel written in the orders as options', () => {
    expect(findField('favouriteCategory')!.options!(ctx)).toEqual(['Книги', 'Одежда', 'Электроника']);
    expect(findField('channels')!.options!(ctx)).toEqual(['web', 'store', 'Приложение']);
  });

  it('scan the orders once per dataset and as-of day', () => {
    expect(orderAggregates(ctx.ds, ctx.today)).toBe(orderAggregates(ctx.ds, ctx.today));
    expect(orderAggregates(ctx.ds, ctx.today - 1)).not.toBe(orderAggregates(ctx.ds, ctx.today));
  });
});

describe('categories bought over random orders', () => {
  it('are those of a direct scan, and the favourite is bought at least as often as any other', () => {
    const row = fc.record({
      customer: fc.integer({ min: 0, max: 3 }), offset: fc.integer({ min: -3, max: 30 }),
      category: fc.constantFrom('', 'A', 'B', 'C'), amount: fc.integer({ min: 0, max: 100 }), counted: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 0, max: 3 }), (rows, deleted) => {
      const customers = [0, 1, 2, 3].map((i) => customer(`c${i}`, { deleted: i === deleted }));
      const ctx = context(customers, rows.map((r) => ({ ...r, at: isoOfDay(TODAY - r.offset) })));
      const kept = rows.filter((r) => r.counted && r.offset >= 0 && r.category !== '' && r.customer !== deleted);
      const bought = values(ctx, 'categories') as string[][];
      const favourite = values(ctx, 'favouriteCategory') as (string | undefined)[];
      for (let c = 0; c < 4; c++) {
        const mine = kept.filter((r) => r.customer === c);
        expect([...bought[c]].sort()).toEqual([...new Set(mine.map((r) => r.category))].sort());
        const n = (cat: string) => mine.filter((r) => r.category === cat).length;
        if (mine.length === 0) expect(favourite[c]).toBeUndefined();
        else expect(mine.every((r) => n(favourite[c]!) >= n(r.category))).toBe(true);
      }
    }), { numRuns: 200 });
  });
});
