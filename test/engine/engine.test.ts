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

describe('the engine after an import', () => {
  const small = () => generatedDataset('engine-small', ['--customers', '300', '--orders', '3000', '--seed', '5']);
  async function loaded(dbName = freshDb()) {
    const engine = createEngine({ dbName });
    await engine.importFiles([file(small(), 'customers.csv'), file(small(), 'orders.csv')], { asOf: '2026-11-01' });
    return engine;
  }

  it('explains a customer score with the classes in force and what would move it up', async () => {
    const engine = await loaded();
    const top = (await engine.listCustomers({ offset: 0, limit: 1 })).rows[0];
    const card = await engine.customerCard(top.id);
    expect(card?.row).toEqual(top);
    expect(card?.explanation?.segment).toBe(top.segment);
    const m = card!.explanation!.dimensions.find((d) => d.dimension === 'monetary')!;
    expect(m.class).toBe(top.m);
    expect(m.sentence).toBe('top class');
    expect(card!.orders.length).toBe(Math.min(50, card!.orderCount));
    expect(card!.orders[0].time).toBeGreaterThanOrEqual(card!.orders.at(-1)!.time);
  });

  it('refuses a segment map with an uncovered cell, naming the problem, and keeps the old settings', async () => {
    const engine = await loaded();
    const settings = await engine.settings();
    const cells = settings.rfm.segmentMap.cells.map((row) => row.slice());
    cells[0][0] = -1;
    const bad = { ...settings.rfm, segmentMap: { ...settings.rfm.segmentMap, cells } };
    await expect(engine.updateSettings({ rfm: bad })).rejects.toThrow(/cannot be saved[\s\S]*(r = 1|r 1|uncovered|cell)/i);
    expect((await engine.settings()).rfm.segmentMap.cells[0][0]).not.toBe(-1);
  });

  it('re-scores with three classes and keeps the setting after a restart', async () => {
    const dbName = freshDb();
    const engine = await loaded(dbName);
    const { defaultRfmSettings } = await import('../../core/rfm/default-settings.ts');
    await engine.updateSettings({ rfm: defaultRfmSettings('2026-11-01', 3), asOfFollowsToday: false });
    const rows = (await engine.listCustomers({ offset: 0, limit: 300 })).rows.filter((r) => r.r > 0);
    expect(Math.max(...rows.map((r) => Math.max(r.r, r.f, r.m)))).toBe(3);
    const again = createEngine({ dbName });
    expect((await again.settings()).rfm.classes).toBe(3);
    expect((await again.listCustomers({ offset: 0, limit: 1 })).rows[0].m).toBe(3);
  });

  it('saves a customer edit and a deletion so that a restart finds them', async () => {
    const dbName = freshDb();
    const engine = await loaded(dbName);
    const [a, b] = (await engine.listCustomers({ offset: 0, limit: 2 })).rows;
    await engine.updateCustomer(a.id, { city: 'Казань', tags: ['vip'] });
    await engine.deleteCustomer(b.id);
    const again = createEngine({ dbName });
    expect((await again.customerCard(a.id))?.customer).toMatchObject({ city: 'Казань', tags: ['vip'] });
    expect(await again.customerCard(b.id)).toBeUndefined();
    expect(await again.lookup(b.id)).toEqual([]);
    expect((await again.status()).customers).toBe(299);
    expect((await again.canonicalRfmCsv()).includes(`\n${b.id},`)).toBe(false);
  });

  it('keeps every rejected row of an import, downloadable as CSV with file, line, column and reason', async () => {
    const engine = createEngine({ dbName: freshDb() });
    const dirty = generatedDataset('engine-dirty', ['--customers', '200', '--orders', '2000', '--seed', '9', '--dirty', '40']);
    await engine.importFiles([file(dirty, 'customers.csv'), file(dirty, 'orders.csv')], {});
    const history = await engine.importHistory();
    const orders = history.find((h) => h.source === 'generic-orders')!;
    expect(orders.counts.rejected).toBeGreaterThan(0);
    const csv = await engine.rejectedRowsCsv(orders.id);
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^file,line,column,value,code/);
    expect(lines.some((l) => /^orders\.csv,\d+,order_date,.*unparsable_date/.test(l))).toBe(true);
  });
});
