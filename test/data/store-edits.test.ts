import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { orderRowAt } from '../../core/data/edits.ts';
import { StoreCorruptError } from '../../core/data/errors.ts';
import { openStore, type Store } from '../../core/data/store.ts';
import type { Customer } from '../../core/model/customer.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { tableOf, type PlainOrder } from './arbitraries.ts';
import { sampleDataset } from './sample-dataset.ts';

const open: Store[] = [];
const fresh = async (name: string): Promise<Store> => {
  const s = await openStore(name, { chunkSizes: { orders: 64, customers: 16, scores: 16 } });
  open.push(s);
  return s;
};
const newName = (): string => `edits-${crypto.randomUUID()}`;
afterEach(() => open.splice(0).forEach((s) => s.close()));

const newCustomer = (id: string): Customer => ({
  id, externalIds: [id], emails: [`${id}@почта.рф`], phones: [], firstName: 'Ёжик', tags: [], attributes: {}, updatedAt: 2,
});

/** `ds` with the same edits applied in memory, as the worker would have it. */
function edited(ds: Dataset): { expected: Dataset; apply: (s: Store) => Promise<void> } {
  const customers = ds.customers.slice();
  const renamed = { ...customers[3], lastName: 'Новикова', updatedAt: 3 };
  const added = newCustomer('NEW-1');
  customers[3] = renamed;
  customers.push(added);
  const changedOrder = { ...orderRowAt(ds.orders, 5), amount: 2 ** 33, channel: 'telegram', counted: 0 };
  const addedOrder = { ...orderRowAt(ds.orders, 0), orderId: 'A-1', customer: customers.length - 1, category: 'Новое' };
  const rows: PlainOrder[] = [];
  for (let i = 0; i < ds.orders.length; i++) rows.push(plain(ds, i));
  const dict = { currency: [...ds.orders.dict.currency], channel: [...ds.orders.dict.channel, 'telegram'], category: [...ds.orders.dict.category, 'Новое'] };
  rows[5] = { ...rows[5], amount: 2 ** 33, channel: dict.channel.length - 1, counted: 0 };
  rows.push({ ...rows[0], orderId: 'A-1', customer: customers.length - 1, category: dict.category.length - 1 });
  const expected: Dataset = { ...ds, customers, orders: tableOf(rows, dict) };
  delete expected.scores;
  return {
    expected,
    apply: async (s) => {
      await s.putCustomerEdit(3, renamed);
      await s.putCustomerEdit(ds.customers.length, added);
      await s.putOrderEdit(5, changedOrder);
      await s.putOrderEdit(ds.orders.length, addedOrder);
    },
  };
}

function plain(ds: Dataset, i: number): PlainOrder {
  const t = ds.orders;
  return {
    orderId: t.orderId[i], customer: t.customer[i], time: t.time[i], amount: t.amount[i], counted: t.counted[i], items: t.items[i],
    currency: t.currency[i], channel: t.channel[i], category: t.category[i], updatedAt: t.updatedAt[i],
  };
}

describe('single edits', () => {
  it('are applied over the saved chunks on load, in a fresh instance', async () => {
    const name = newName();
    const ds = sampleDataset(40, 300);
    const { expected, apply } = edited(ds);
    const store = await fresh(name);
    await store.saveAll(ds);
    await apply(store);
    expect(await (await fresh(name)).load()).toEqual(expected);
  });

  it('each write one small record, not a chunk', async () => {
    const name = newName();
    const store = await fresh(name);
    const ds = sampleDataset(40, 300);
    await store.saveAll(ds);
    const before = await store.db.customerChunks.toArray();
    await store.putCustomerEdit(0, { ...ds.customers[0], city: 'Тверь' });
    expect(await store.db.customerChunks.toArray()).toEqual(before);
    expect(await store.db.customerEdits.count()).toBe(1);
  });

  it('are compacted into the chunks by the next full save', async () => {
    const name = newName();
    const ds = sampleDataset(40, 300);
    const { expected, apply } = edited(ds);
    const store = await fresh(name);
    await store.saveAll(ds);
    await apply(store);
    await store.saveAll(expected);
    expect(await store.db.customerEdits.count()).toBe(0);
    expect(await store.db.orderEdits.count()).toBe(0);
    expect(await (await fresh(name)).load()).toEqual(expected);
  });

  it('show in the early identity index and mark the saved scores stale until scores are saved again', async () => {
    const name = newName();
    const ds = sampleDataset(40, 300);
    const { apply } = edited(ds);
    const store = await fresh(name);
    await store.saveAll(ds);
    await apply(store);
    const early = (await (await fresh(name)).loadScoresFirst())!;
    expect(early.scoresStale).toBe(true);
    expect(early.scores).toEqual(ds.scores);
    expect(early.index.ids.at(-1)).toBe('NEW-1');
    expect(early.index.emails[40]).toEqual(['NEW-1@почта.рф']);
    expect([early.customerCount, early.orderCount]).toEqual([41, 301]);
    expect((await early.full).scores).toBeUndefined();

    const rescored = sampleDataset(41, 0, 7).scores!;
    await store.saveScores(rescored);
    const after = (await (await fresh(name)).loadScoresFirst())!;
    expect(after.scoresStale).toBe(false);
    expect((await after.full).scores).toEqual(rescored);
  });

  it('can be written as soon as the early part of a load arrives, before the rest is decoded', async () => {
    const name = newName();
    const ds = sampleDataset(40, 300);
    const store = await fresh(name);
    await store.saveAll(ds);
    const early = (await store.loadScoresFirst())!;
    await store.putCustomerEdit(1, { ...ds.customers[1], city: 'Тверь' });
    await store.saveSettings({ ...ds.settings, defaultPhoneCountry: 'BY' });
    const full = await early.full;
    expect(full.customers[1].city).toBe(ds.customers[1].city);
    await store.putOrderEdit(0, { ...orderRowAt(ds.orders, 0), items: 99 });
    const again = (await store.load())!;
    expect(again.customers[1].city).toBe('Тверь');
    expect(again.settings.defaultPhoneCountry).toBe('BY');
    expect(again.orders.items[0]).toBe(99);
  });

  it('keep a deleted customer as a tombstone with its orders', async () => {
    const name = newName();
    const ds = sampleDataset(20, 100);
    const store = await fresh(name);
    await store.saveAll(ds);
    const i = ds.orders.customer[0];
    await store.putCustomerEdit(i, { ...ds.customers[i], deleted: true, updatedAt: 9 });
    const loaded = (await (await fresh(name)).load())!;
    expect(loaded.customers[i]).toEqual({ ...ds.customers[i], deleted: true, updatedAt: 9 });
    expect(loaded.orders.length).toBe(100);
    expect(loaded.orders.customer[0]).toBe(i);
    await store.saveAll(loaded);
    expect((await (await fresh(name)).load())!.customers[i].deleted).toBe(true);
  });

  it('that leave a gap after the last customer are reported as corrupt', async () => {
    const name = newName();
    const store = await fresh(name);
    await store.saveAll(sampleDataset(5, 5));
    await store.putCustomerEdit(7, newCustomer('X'));
    await expect(store.load()).rejects.toBeInstanceOf(StoreCorruptError);
  });
});
