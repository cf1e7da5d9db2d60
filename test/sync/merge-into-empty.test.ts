import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../../core/engine/empty-dataset.ts';
import type { Customer } from '../../core/model/customer.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { applyMerge } from '../../core/sync/apply-merge.ts';
import { emptySummary } from '../../core/sync/merge-plan.ts';
import { planRows, planRowsGeneral } from '../../core/sync/plan-columns.ts';
import { planCustomers, planCustomersGeneral } from '../../core/sync/plan-customers.ts';
import { planMerge, type LocalData } from '../../core/sync/plan-merge.ts';
import { StringIndex } from '../../core/sync/string-index.ts';
import { sampleDataset } from '../data/sample-dataset.ts';
import { roundTrip } from './sync-helpers.ts';

const noState = () => ({ segments: [], schemes: [], snapshots: [] });

/** An empty device whose order dictionaries already hold a value: applyMerge must take its general path. */
function emptyWithDict(): LocalData {
  const ds = emptyDataset();
  ds.orders = { ...ds.orders, dict: { currency: ['', 'XXX'], channel: ['', 'fax'], category: ['', 'Прочее'] } };
  return { ds, state: noState() };
}

/** The orders of a dataset row by row, with dictionary values and customer ids instead of codes. */
function orderRows(ds: Dataset) {
  const t = ds.orders;
  return Array.from({ length: t.length }, (_, i) => [
    t.orderId[i], ds.customers[t.customer[i]].id, t.time[i], t.amount[i], t.counted[i], t.items[i],
    t.dict.currency[t.currency[i]], t.dict.channel[t.channel[i]], t.dict.category[t.category[i]], t.updatedAt[i],
  ]);
}

describe('merging a file into an empty device', () => {
  it('plans rows exactly as the general planner does, whether or not the keys are in ascending order', () => {
    const keys = fc.oneof(
      fc.array(fc.constantFrom('1', '2', '10', 'a', 'b', 'Б'), { maxLength: 30 }),
      fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 30 }).map((xs) => xs.sort()),
    );
    fc.assert(fc.property(keys, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 30, maxLength: 30 }), (ks, rank) => {
      const vs = (i: number, j: number) => Math.sign(rank[i] - rank[j]) || Math.sign(i - j);
      const fast = emptySummary(), general = emptySummary();
      const a = planRows(0, ks.length, (i) => ks[i], () => new StringIndex(ks.length), vs, vs, fast);
      const b = planRowsGeneral(0, ks.length, (i) => ks[i], new StringIndex(ks.length), vs, vs, general);
      expect(a).toEqual(b);
      expect(fast).toEqual(general);
    }), { numRuns: 300 });
  });

  it('plans customers exactly as the general planner does, repeated ids and all', () => {
    const ids = fc.oneof(
      fc.array(fc.constantFrom('C1', 'C2', 'C10', 'email:a@b.ru'), { maxLength: 12 }),
      fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 12 }).map((xs) => xs.sort()),
    );
    fc.assert(fc.property(ids, fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 12, maxLength: 12 }), (xs, at) => {
      const incoming: Customer[] = xs.map((id, i) => ({ id, externalIds: [], emails: [], phones: [], tags: [], attributes: {}, city: `c${i % 2}`, updatedAt: at[i] }));
      const fast = emptySummary(), general = emptySummary();
      const fastTaken: string[] = [], generalTaken: string[] = [];
      const a = planCustomers([], new Map(), incoming, fast, (id) => fastTaken.push(id));
      const b = planCustomersGeneral([], new Map(), incoming, general, (id) => generalTaken.push(id));
      expect(a).toEqual(b);
      expect(fast).toEqual(general);
      expect(fastTaken).toEqual(generalTaken);
    }), { numRuns: 300 });
  });

  it('gives the same dataset through the shortcut as through the general path, and takes the shortcut', async () => {
    const source = sampleDataset(60, 500, 7);
    // Ascending order ids, as in real exports with numeric ids: the planner's shortcut applies.
    source.orders = { ...source.orders, orderId: source.orders.orderId.map((_, i) => String(10_000_000 + i)) };
    const contents = await roundTrip(source, noState());
    const empty: LocalData = { ds: emptyDataset(), state: noState() };
    const fast = applyMerge(empty, planMerge(empty, contents));
    const seeded = emptyWithDict();
    const general = applyMerge(seeded, planMerge(seeded, contents));

    expect(fast.ds.orders.time).toBe(contents.orders.time); // the file's column, not a copy
    expect(general.ds.orders.time).not.toBe(contents.orders.time);
    expect(fast.ds.customers).toEqual(general.ds.customers);
    expect(orderRows(fast.ds)).toEqual(orderRows(general.ds));
    expect(orderRows(fast.ds)).toEqual(orderRows(source));
    expect(fast.ds.orders.length).toBe(source.orders.length);
    expect(fast.ds.campaigns).toEqual(general.ds.campaigns);
    expect(fast.extras).toEqual(general.extras);
  });

  it('falls back to the general path for a file whose order ids repeat, keeping the last writer', async () => {
    const source = sampleDataset(20, 50, 3);
    const ids = source.orders.orderId.map((_, i) => `O${String(i).padStart(3, '0')}`);
    ids[10] = ids[9]; // two versions of one order: the later updatedAt wins
    source.orders = { ...source.orders, orderId: ids, updatedAt: source.orders.updatedAt.map((_, i) => 1_800_000_000_000 + i) };
    const contents = await roundTrip(source, noState());
    const empty: LocalData = { ds: emptyDataset(), state: noState() };
    const plan = planMerge(empty, contents);
    expect(plan.summary.orders.new).toBe(49);
    const merged = applyMerge(empty, plan).ds;
    expect(merged.orders.orderId.filter((id) => id === ids[9])).toHaveLength(1);
    expect(merged.orders.updatedAt[merged.orders.orderId.indexOf(ids[9])]).toBe(1_800_000_000_010);
  });
});
