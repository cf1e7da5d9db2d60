import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoFiles } from '../../core/demo/demo-data.ts';
import { createEngine, ImportCancelledError } from '../../core/engine/engine.ts';

let dbCount = 0;
const freshDb = () => `load-demo-test-${process.pid}-${++dbCount}`;
const TODAY = '2026-03-10';

// Only Date is faked: the demo's "today" (and the scores' as-of date) must not move during the test.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 10, 12, 0, 0));
});
afterAll(() => {
  vi.useRealTimers();
});

describe('loading the demo', () => {
  it('imports about 10,000 customers and 100,000 orders as two files, scores the buyers, up to yesterday', async () => {
    const engine = createEngine({ dbName: freshDb() });
    const summary = await engine.loadDemo();
    expect(summary.files).toEqual([
      expect.objectContaining({ name: 'demo-customers.csv', source: 'generic-customers', rows: 10_000, customersNew: 10_000, rejected: 0 }),
      expect.objectContaining({ name: 'demo-orders.csv', source: 'generic-orders', rows: 100_000, ordersNew: 100_000, customersNew: 0, rejected: 0 }),
    ]);
    expect((await engine.importHistory()).map((h) => h.fileName)).toEqual(['demo-customers.csv', 'demo-orders.csv']);

    const [customersCsv, ordersCsv] = demoFiles({ today: TODAY });
    const buyers = new Set(ordersCsv.text.trim().split('\n').slice(1).map((l) => l.split(',')[1])).size;
    const status = await engine.status();
    expect(status).toMatchObject({ customers: 10_000, orders: 100_000, scored: buyers, asOf: TODAY });

    const rows = (await engine.listCustomers({ offset: 0, limit: 10_000 })).rows;
    expect(rows.length).toBe(10_000);
    const phonesWritten = customersCsv.text.trim().split('\n').slice(1).filter((l) => l.split(',')[2] !== '').length;
    const phones = rows.flatMap((r) => (r.phone ? [r.phone] : []));
    expect(phones.length).toBe(phonesWritten);
    expect(phones.filter((p) => !/^\+[1-9]\d{7,14}$/.test(p))).toEqual([]);
    expect(rows.filter((r) => /[А-Яа-яЁё]/.test(r.name)).length).toBeGreaterThan(7000);
    expect(Math.min(...rows.flatMap((r) => (r.recencyDays === undefined ? [] : [r.recencyDays])))).toBe(1);
  });

  it('changes nothing when loaded again the same day', async () => {
    const dbName = freshDb();
    const engine = createEngine({ dbName });
    await engine.loadDemo();
    const before = await engine.canonicalRfmCsv();
    const again = await createEngine({ dbName }).loadDemo();
    expect(again.files[0]).toMatchObject({ customersNew: 0, customersMerged: 0, rejected: 0 });
    expect(again.files[1]).toMatchObject({ ordersNew: 0, ordersDuplicate: 100_000, customersNew: 0, rejected: 0 });
    const restarted = createEngine({ dbName });
    expect(await restarted.canonicalRfmCsv()).toBe(before);
    expect(await restarted.status()).toMatchObject({ customers: 10_000, orders: 100_000 });
  });

  it('moves to the new dates when loaded on a later day, exactly as a fresh load that day', async () => {
    const engine = createEngine({ dbName: freshDb() });
    await engine.loadDemo();
    try {
      vi.setSystemTime(new Date(2026, 5, 1, 12, 0, 0));
      await engine.loadDemo();
      const fresh = createEngine({ dbName: freshDb() });
      await fresh.loadDemo();
      expect(await engine.status()).toMatchObject({ customers: 10_000, orders: 100_000, asOf: '2026-06-01' });
      expect(await engine.canonicalRfmCsv()).toBe(await fresh.canonicalRfmCsv());
    } finally {
      vi.setSystemTime(new Date(2026, 2, 10, 12, 0, 0));
    }
  });

  it('reports progress like an import and, cancelled after generating, leaves the data as it was', async () => {
    const dbName = freshDb();
    const engine = createEngine({ dbName });
    const seen: string[] = [];
    const pending = engine.loadDemo((p) => {
      seen.push(p.phase);
      if (p.phase === 'merging') void engine.cancelImport();
    });
    await expect(pending).rejects.toBeInstanceOf(ImportCancelledError);
    expect(seen).toContain('merging');
    expect(await engine.status()).toMatchObject({ customers: 0, orders: 0 });
    expect(await createEngine({ dbName }).importHistory()).toEqual([]);

    const phases: string[] = [];
    await engine.loadDemo((p) => void phases.push(p.phase));
    expect(phases[0]).toBe('reading');
    expect(phases).toEqual(expect.arrayContaining(['parsing', 'merging', 'scoring', 'writing']));
    expect(phases.at(-1)).toBe('done');
  });
});
