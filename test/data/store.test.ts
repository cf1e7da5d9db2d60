import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { BlobRecord } from '../../core/data/blob-record.ts';
import { SegmentaDb } from '../../core/data/db.ts';
import { StoreCorruptError, StoreTooNewError } from '../../core/data/errors.ts';
import { NoDatasetError, openStore, type Store } from '../../core/data/store.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { datasetArb, emptyOrders, settings, withAllFields } from './arbitraries.ts';
import { sampleDataset, sampleImport } from './sample-dataset.ts';

const open: Store[] = [];
const fresh = async (name: string, chunk = 0): Promise<Store> => {
  const s = await openStore(name, chunk ? { chunkSizes: { orders: chunk, customers: chunk, scores: chunk } } : {});
  open.push(s);
  return s;
};
const newName = (): string => `store-${crypto.randomUUID()}`;
afterEach(() => {
  open.splice(0).forEach((s) => s.close());
  vi.restoreAllMocks();
});

const byImportTime = (ds: Dataset): Dataset => ({
  ...ds,
  imports: [...ds.imports].sort((a, b) => a.importedAt - b.importedAt || (a.id < b.id ? -1 : 1)),
});

describe('the store', () => {
  it('gives back in a fresh instance exactly the dataset it saved', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, fc.integer({ min: 1, max: 8 }), async (ds, chunk) => {
        const name = newName();
        const writer = await fresh(name, chunk);
        await writer.saveAll(ds);
        writer.close();
        const loaded = await (await fresh(name, chunk)).load();
        expect(loaded).toEqual(byImportTime(ds));
        expect(loaded!.customers).toStrictEqual(ds.customers.map(withAllFields));
      }),
      { numRuns: 40 },
    );
  });

  it('saves and loads zero customers and zero orders', async () => {
    const name = newName();
    const ds: Dataset = { customers: [], orders: emptyOrders(), imports: [], settings };
    await (await fresh(name)).saveAll(ds);
    expect(await (await fresh(name)).load()).toEqual(ds);
  });

  it('has nothing to load before the first save', async () => {
    const store = await fresh(newName());
    expect(await store.load()).toBeUndefined();
    expect(await store.loadScoresFirst()).toBeUndefined();
    expect(await store.loadSettings()).toBeUndefined();
  });

  it('gives scores and the identity index first, then the full dataset', async () => {
    const name = newName();
    const ds = sampleDataset(300, 2000);
    await (await fresh(name, 128)).saveAll(ds);
    const early = (await (await fresh(name, 128)).loadScoresFirst())!;
    expect(early.scores).toEqual(ds.scores);
    expect(early.scoresStale).toBe(false);
    expect(early.index.ids).toEqual(ds.customers.map((c) => c.id));
    expect(early.index.emails).toEqual(ds.customers.map((c) => c.emails));
    expect(early.index.phones).toEqual(ds.customers.map((c) => c.phones));
    expect([early.customerCount, early.orderCount]).toEqual([300, 2000]);
    expect(await early.full).toEqual(ds);
  });

  it('keeps the import history equal to the dataset plus the new import', async () => {
    const name = newName();
    const store = await fresh(name);
    const ds = sampleDataset(5, 10);
    const a = sampleImport('a', 1000);
    const b = sampleImport('b', 2000, 50_000);
    await store.saveAll(ds, a);
    expect((await store.load())!.imports).toEqual([a]);
    await store.saveAll({ ...ds, imports: [a] }, b);
    expect((await store.load())!.imports).toEqual([a, b]);
    const a2 = { ...a, fileName: 'renamed.csv', updatedAt: 3000 };
    await store.saveAll({ ...ds, imports: [a2, b] });
    expect((await store.load())!.imports).toEqual([a2, b]);
    await store.saveAll({ ...ds, imports: [b] });
    expect((await (await fresh(name)).load())!.imports).toEqual([b]);
  });

  it('saves settings on their own and forgets everything on clear', async () => {
    const name = newName();
    const store = await fresh(name);
    await store.saveSettings({ ...settings, defaultPhoneCountry: 'KZ' });
    expect((await store.loadSettings())!.defaultPhoneCountry).toBe('KZ');
    await store.saveAll(sampleDataset(10, 20), sampleImport('x', 1));
    expect((await store.load())!.settings).toEqual(settings);
    await store.clear();
    const again = await fresh(name);
    expect(await again.load()).toBeUndefined();
    expect(await again.loadSettings()).toBeUndefined();
  });

  it('estimates its footprint from what it wrote', async () => {
    const store = await fresh(newName());
    await store.saveAll(sampleDataset(10, 10));
    const small = (await store.estimateFootprint()).encodedBytes;
    await store.saveAll(sampleDataset(1000, 5000), sampleImport('x', 1, 100));
    const large = (await store.estimateFootprint()).encodedBytes;
    expect(small).toBeGreaterThan(0);
    expect(large).toBeGreaterThan(small * 10);
  });

  it('refuses single changes before any dataset was saved', async () => {
    const store = await fresh(newName());
    const c = sampleDataset(1, 0).customers[0];
    await expect(store.putCustomerEdit(0, c)).rejects.toBeInstanceOf(NoDatasetError);
  });

  it('reports chunks that disagree with the dataset record as corrupt', async () => {
    const name = newName();
    const store = await fresh(name, 100);
    await store.saveAll(sampleDataset(10, 1000));
    await store.db.orderChunks.delete(3);
    await expect(store.load()).rejects.toBeInstanceOf(StoreCorruptError);
  });

  it('reports a chunk whose body points outside its bytes as corrupt', async () => {
    const name = newName();
    const store = await fresh(name, 100);
    await store.saveAll(sampleDataset(10, 1000));
    const chunk = (await store.db.orderChunks.get(2)) as BlobRecord;
    await store.db.orderChunks.put({ ...chunk, data: new Blob([new Uint8Array(4)]) });
    await expect(store.load()).rejects.toBeInstanceOf(StoreCorruptError);
  });

  it('passes an error reading a chunk\'s bytes through as it is, not as corruption', async () => {
    const name = newName();
    await (await fresh(name)).saveAll(sampleDataset(10, 100));
    const unreadable = new DOMException('The file could not be read', 'NotReadableError');
    vi.spyOn(Blob.prototype, 'arrayBuffer').mockRejectedValue(unreadable);
    await expect((await fresh(name)).load()).rejects.toBe(unreadable);
  });

  it('refuses scores written in a newer storage format', async () => {
    const name = newName();
    const store = await fresh(name);
    await store.saveAll(sampleDataset(3, 3));
    const meta = (await store.db.meta.get('scores'))!;
    await store.db.meta.put({ ...meta, format: 99 });
    await expect(store.loadScoresFirst()).rejects.toBeInstanceOf(StoreTooNewError);
  });

  it('refuses data written in a newer storage format', async () => {
    const name = newName();
    const store = await fresh(name);
    await store.saveAll(sampleDataset(3, 3));
    const meta = (await store.db.meta.get('dataset'))!;
    await store.db.meta.put({ ...meta, format: 99 });
    await expect(store.load()).rejects.toBeInstanceOf(StoreTooNewError);
  });

  it('refuses to open a database whose schema is newer than this code', async () => {
    const name = newName();
    const newer = new SegmentaDb(name, { versions: [{ version: 99, stores: { meta: 'key' } }] });
    await newer.open();
    newer.close();
    await expect(openStore(name)).rejects.toBeInstanceOf(StoreTooNewError);
    // Where indexedDB.databases() is missing, the version is checked once Dexie has opened it
    // (Dexie warns while it patches the schema it finds).
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const factory = { open: indexedDB.open.bind(indexedDB), deleteDatabase: indexedDB.deleteDatabase.bind(indexedDB), cmp: indexedDB.cmp.bind(indexedDB) };
    await expect(openStore(name, { indexedDB: factory as IDBFactory, IDBKeyRange })).rejects.toBeInstanceOf(StoreTooNewError);
  });
});
