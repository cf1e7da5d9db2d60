import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageFullError } from '../../core/data/errors.ts';
import { openStore, type Store } from '../../core/data/store.ts';
import type { ImportRecord } from '../../core/model/import-record.ts';
import { failPuts, failStoredWrites, quotaError } from './idb-faults.ts';
import { sampleDataset, sampleImport } from './sample-dataset.ts';

const cleanups: (() => void)[] = [];
const open: Store[] = [];
const fresh = async (name: string): Promise<Store> => {
  const s = await openStore(name, { chunkSizes: { orders: 100, customers: 50, scores: 50 } });
  open.push(s);
  return s;
};
afterEach(() => {
  cleanups.splice(0).forEach((undo) => undo());
  open.splice(0).forEach((s) => s.close());
});

/** A store holding dataset A (with one import and one pending edit), and dataset B to save over it. */
async function setUp() {
  const name = `atomic-${crypto.randomUUID()}`;
  const store = await fresh(name);
  const a = sampleDataset(120, 900, 1);
  await store.saveAll(a, sampleImport('first', 1000));
  const edit = { ...a.customers[2], city: 'Тверь' };
  await store.putCustomerEdit(2, edit);
  const expected = { ...a, customers: a.customers.map((c, i) => (i === 2 ? edit : c)), imports: [sampleImport('first', 1000)] };
  delete expected.scores; // the edit made the saved scores stale
  const b = { ...sampleDataset(300, 2500, 2), imports: [sampleImport('first', 1000)] };
  return { name, store, expected, b };
}

describe('a full save', () => {
  it('leaves the previous data intact when a value in the last table cannot be stored', async () => {
    const { name, store, expected, b } = await setUp();
    const broken = { ...sampleImport('second', 2000), note: () => 'functions cannot be cloned' } as ImportRecord;
    await expect(store.saveAll(b, broken)).rejects.toMatchObject({ name: 'DataCloneError' });
    expect(await (await fresh(name)).load()).toEqual(expected);
    expect(await store.db.customerEdits.count()).toBe(1);
  });

  it('leaves the previous data intact when a write fails half-way through the tables', async () => {
    const { name, store, expected, b } = await setUp();
    cleanups.push(failPuts('customerChunks', () => new Error('disk on fire')));
    await expect(store.saveAll(b, sampleImport('second', 2000))).rejects.toThrow('disk on fire');
    cleanups.pop()!();
    expect(await (await fresh(name)).load()).toEqual(expected);
  });

  it('turns a quota error at the call into StorageFullError and changes nothing', async () => {
    const { name, store, expected, b } = await setUp();
    cleanups.push(failPuts('orderChunks', quotaError));
    const error = await store.saveAll(b, sampleImport('second', 2000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(
      /^Not enough storage space on this device to save the import \(needs about \d+(\.\d)? MB\)\. Nothing was changed\.$/,
    );
    expect((error as StorageFullError).neededBytes).toBeGreaterThan(10_000);
    cleanups.pop()!();
    expect(await (await fresh(name)).load()).toEqual(expected);
  });

  it('turns a quota failure of the stored write (transaction aborted) into StorageFullError and changes nothing', async () => {
    const { name, store, expected, b } = await setUp();
    cleanups.push(failStoredWrites(store.db, 'imports', quotaError));
    await expect(store.saveAll(b, sampleImport('second', 2000))).rejects.toBeInstanceOf(StorageFullError);
    cleanups.pop()!();
    expect(await (await fresh(name)).load()).toEqual(expected);
  });

  it('then succeeds once space is available again', async () => {
    const { name, store, b } = await setUp();
    cleanups.push(failStoredWrites(store.db, 'customerChunks', quotaError));
    await expect(store.saveAll(b)).rejects.toBeInstanceOf(StorageFullError);
    cleanups.pop()!();
    await store.saveAll(b);
    expect(await (await fresh(name)).load()).toEqual(b);
  });
});

describe('a single edit', () => {
  it('reports a full disk as StorageFullError about the change', async () => {
    const { store, b } = await setUp();
    cleanups.push(failStoredWrites(store.db, 'customerEdits', quotaError));
    await expect(store.putCustomerEdit(0, b.customers[0])).rejects.toThrow(
      /^Not enough storage space on this device to save the change \(needs about 0\.1 MB\)\. Nothing was changed\.$/,
    );
  });
});
