import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeScores } from '../../../core/engine/compute-scores.ts';
import { emptyDataset } from '../../../core/engine/empty-dataset.ts';
import { mergeImports } from '../../../core/import/merge.ts';
import { readImport } from '../../../core/import/read-import.ts';
import { dayOfIso } from '../../../core/model/dates.ts';
import { defaultRfmSettings } from '../../../core/rfm/default-settings.ts';
import { datasetS } from '../../helpers/dataset-s.ts';
import { valuesOf } from './fixture.ts';
import { findField } from '../../../core/segments/fields/catalogue.ts';
import type { FieldContext } from '../../../core/segments/field.ts';

const AS_OF = '2026-11-01';

/** orders.csv of S read by hand: customer id, calendar day, amount in minor units, category. */
function rawOrders(dir: string): { customer: string; day: number; amount: number; category: string }[] {
  const lines = readFileSync(join(dir, 'orders.csv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [, customer, date, amount, , , category] = line.split(',');
    return { customer, day: dayOfIso(date.slice(0, 10))!, amount: Math.round(Number(amount) * 100), category };
  });
}

describe('fields on the generated dataset S', () => {
  let ctx: FieldContext;
  let raw: ReturnType<typeof rawOrders>;
  const today = dayOfIso(AS_OF)!;

  beforeAll(async () => {
    const dir = datasetS();
    const parsed = await Promise.all(['customers.csv', 'orders.csv'].map((f) => readImport(readFileSync(join(dir, f)), f)));
    const { dataset } = await mergeImports(emptyDataset(), parsed, { now: 0 });
    const rfm = defaultRfmSettings(AS_OF);
    ctx = { ds: dataset, scores: computeScores(dataset, rfm, 0), today };
    raw = rawOrders(dir);
  });

  it('counts orders and spend of the last 90 days as a direct scan of orders.csv does', () => {
    const count = new Map<string, number>(), spend = new Map<string, number>();
    for (const o of raw) {
      if (o.day > today || today - o.day > 90) continue;
      count.set(o.customer, (count.get(o.customer) ?? 0) + 1);
      spend.set(o.customer, (spend.get(o.customer) ?? 0) + o.amount);
    }
    const ids = ctx.ds.customers.map((c) => c.id);
    expect(valuesOf(findField('ordersInLastDays')!.column(ctx, { days: 90 }))).toEqual(ids.map((id) => count.get(id) ?? 0));
    expect(valuesOf(findField('spendInLastDays')!.column(ctx, {}))).toEqual(ids.map((id) => spend.get(id) ?? 0));
    expect([...count.values()].reduce((a, b) => a + b)).toBeGreaterThan(1000);
  });

  it('picks as favourite category one bought most often, and the largest spender among those', () => {
    const per = new Map<string, Map<string, { n: number; sum: number }>>();
    for (const o of raw) {
      if (o.day > today) continue;
      const mine = per.get(o.customer) ?? new Map<string, { n: number; sum: number }>();
      per.set(o.customer, mine);
      const s = mine.get(o.category) ?? { n: 0, sum: 0 };
      mine.set(o.category, { n: s.n + 1, sum: s.sum + o.amount });
    }
    const favourite = valuesOf(findField('favouriteCategory')!.column(ctx, {})) as (string | undefined)[];
    const categories = valuesOf(findField('categories')!.column(ctx, {})) as string[][];
    const wrong = ctx.ds.customers.filter((c, i) => {
      const mine = per.get(c.id);
      if (!mine) return favourite[i] !== undefined || categories[i].length > 0;
      const best = [...mine.values()].reduce((a, b) => (b.n > a.n || (b.n === a.n && b.sum > a.sum) ? b : a));
      const chosen = mine.get(favourite[i]!);
      return chosen?.n !== best.n || chosen.sum !== best.sum || [...categories[i]].sort().join() !== [...mine.keys()].sort().join();
    });
    expect(wrong.map((c) => c.id)).toEqual([]);
    expect(per.size).toBe(8983);
  });

  it('gives the days since the last order of a direct scan, and an orders count to the 8,983 buyers RFM scored', () => {
    const last = new Map<string, number>();
    for (const o of raw) if (o.day <= today) last.set(o.customer, Math.max(last.get(o.customer) ?? -Infinity, o.day));
    const since = valuesOf(findField('daysSinceLastOrder')!.column(ctx, {}));
    expect(since).toEqual(ctx.ds.customers.map((c) => (last.has(c.id) ? today - last.get(c.id)! : undefined)));
    const orders = valuesOf(findField('orders')!.column(ctx, {})) as number[];
    expect(orders.filter((n) => n > 0).length).toBe(8983);
  });
});
