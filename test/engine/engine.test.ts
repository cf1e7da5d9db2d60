import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, ImportCancelledError } from '../../core/engine/engine.ts';
import { datasetS, datasetSRu, generatedDataset } from '../helpers/dataset-s.ts';

const S_SHA256 = 'bc96588c06143f962e1d298e13f87ac9833f13eecd564274991aae084a822bf9';
const file = (dir: string, name: string) => new File([readFileSync(join(dir, name))], name);
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
let dbCount = 0;
const freshDb = () => `engine-test-${process.pid}-${++dbCount}`;

describe('the engine', () => {
  it('imports the S customers and orders and scores them exactly as the spec', async () => {
    const engine = createEngine({ dbName: freshDb() });
    const dir = datasetS();
    const summary = await engine.importFiles([file(dir, 'orders.csv'), file(dir, 'customers.csv')], { asOf: '2026-11-01' });
    expect(summary.files.map((f) => f.source).sort()).toEqual(['generic-customers', 'generic-orders']);
    const status = await engine.status();
    expect(status).toMatchObject({ customers: 10_000, orders: 100_000, scored: 8_983, asOf: '2026-11-01' });
    expect(sha256(await engine.canonicalRfmCsv())).toBe(S_SHA256);
  });

  it('scores the Russian Excel export of the same data identically', async () => {
    const engine = createEngine({ dbName: freshDb() });
    const dir = datasetSRu();
    await engine.importFiles([file(dir, 'customers.csv'), file(dir, 'orders.csv')], { asOf: '2026-11-01' });
    expect(sha256(await engine.canonicalRfmCsv())).toBe(S_SHA256);
    const [anna] = await engine.lookup((await engine.listCustomers({ offset: 0, limit: 1 })).rows[0].id);
    expect(anna.name).toMatch(/[А-Яа-яЁё]/);
  });

  it('finds the data again after a restart, and a re-import of the same files changes nothing', async () => {
    const dbName = freshDb();
    const dir = generatedDataset('engine-small', ['--customers', '300', '--orders', '3000', '--seed', '5']);
    const first = createEngine({ dbName });
    await first.importFiles([file(dir, 'customers.csv'), file(dir, 'orders.csv')], { asOf: '2026-11-01' });
    const before = await first.canonicalRfmCsv();
    const someone = (await first.listCustomers({ offset: 0, limit: 1 })).rows[0];

    const restarted = createEngine({ dbName });
    expect(await restarted.canonicalRfmCsv()).toBe(before);
    expect((await restarted.lookup(someone.email ?? someone.id))[0]).toEqual(someone);

    const again = await restarted.importFiles([file(dir, 'customers.csv'), file(dir, 'orders.csv')], {});
    expect(again.files.find((f) => f.source === 'generic-orders')).toMatchObject({ ordersNew: 0, ordersDuplicate: 3000 });
    expect(again.files.find((f) => f.source === 'generic-customers')).toMatchObject({ customersNew: 0 });
    expect(await restarted.canonicalRfmCsv()).toBe(before);
    expect((await restarted.status()).orders).toBe(3000);
  });

  it('leaves the data as it was when an import is cancelled', async () => {
    const dbName = freshDb();
    const dir = generatedDataset('engine-small', ['--customers', '300', '--orders', '3000', '--seed', '5']);
    const engine = createEngine({ dbName });
    await engine.importFiles([file(dir, 'customers.csv')], {});
    const before = await engine.status();
    const s = datasetS();
    const pending = engine.importFiles([file(s, 'customers.csv'), file(s, 'orders.csv')], {});
    await engine.cancelImport();
    await expect(pending).rejects.toBeInstanceOf(ImportCancelledError);
    expect(await engine.status()).toMatchObject({ customers: before.customers, orders: 0 });
    expect((await createEngine({ dbName }).status()).customers).toBe(before.customers);
  });

  it('refuses a file that is not a table with one clear error and keeps the data', async () => {
    const engine = createEngine({ dbName: freshDb() });
    const dir = generatedDataset('engine-small', ['--customers', '300', '--orders', '3000', '--seed', '5']);
    await engine.importFiles([file(dir, 'customers.csv')], {});
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'photo.png');
    await expect(engine.importFiles([png], {})).rejects.toThrow(/photo\.png/);
    expect((await engine.status()).customers).toBe(300);
  });
});
