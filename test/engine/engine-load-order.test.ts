import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../core/engine/engine.ts';
import { LookupIndex } from '../../core/engine/lookup-index.ts';
import { generatedDataset } from '../helpers/dataset-s.ts';

const file = (dir: string, name: string) => new File([readFileSync(join(dir, name))], name);
const small = () => generatedDataset('engine-small', ['--customers', '300', '--orders', '3000', '--seed', '5']);
let dbCount = 0;
const freshDb = () => `engine-load-order-${process.pid}-${++dbCount}`;

/** An engine over saved data with one segment, as after a reload of the app. */
async function restarted(beforeRestart = () => {}) {
  const dbName = freshDb();
  const first = createEngine({ dbName });
  await first.importFiles([file(small(), 'customers.csv'), file(small(), 'orders.csv')], { asOf: '2026-11-01' });
  await first.saveSegment({ name: 'Big spenders', kind: 'dynamic', rule: { field: 'ordersInLastDays', params: { days: 90 }, op: 'gte', value: 1 } });
  await first.lookup('nobody'); // waits for its background index build
  beforeRestart();
  return createEngine({ dbName });
}

afterEach(() => vi.restoreAllMocks());

describe('the engine after a reload', () => {
  it('answers the heat map and the headline metrics before it evaluates the segments', async () => {
    const engine = await restarted();
    const order: string[] = [];
    await Promise.all([
      engine.segments().then(() => order.push('segments')),
      engine.rfmGrid().then(() => order.push('grid')),
      engine.overallMetrics().then(() => order.push('metrics')),
    ]);
    expect(order.indexOf('segments')).toBe(2);
  });

  it('gives the same headline metrics before and after the segments are evaluated', async () => {
    const engine = await restarted();
    const early = await engine.overallMetrics();
    await engine.segments();
    expect(await engine.overallMetrics()).toEqual(early);
  });

  it('builds the look-up index in the background after loading, before any search', async () => {
    const build = vi.spyOn(LookupIndex, 'build');
    const engine = await restarted(() => build.mockClear());
    await engine.segments();
    await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(1));
    const email = (await engine.listCustomers({ offset: 0, limit: 1 })).rows[0].email!;
    expect((await engine.lookup(email, 1))[0].email).toBe(email);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('keeps the look-up index through a re-scoring and rebuilds it after a customer edit', async () => {
    const engine = await restarted();
    await engine.segments();
    const build = vi.spyOn(LookupIndex, 'build');
    const settings = await engine.settings();
    await engine.updateSettings({ rfm: { ...settings.rfm, asOf: '2026-10-01' } });
    expect(build).not.toHaveBeenCalled();
    const row = (await engine.listCustomers({ offset: 0, limit: 1 })).rows[0];
    await engine.updateCustomer(row.id, { emails: ['renamed@example.org'] });
    expect(build).toHaveBeenCalledTimes(1);
    expect((await engine.lookup('renamed@example.org', 1))[0]?.id).toBe(row.id);
  });
});

describe('a search while the look-up index is being rebuilt', () => {
  it('finds customers, the edited one too, while the index is rebuilt in the background after an edit', async () => {
    const build = vi.spyOn(LookupIndex, 'build');
    const engine = await restarted();
    await engine.rfmGrid();
    const email = (await engine.listCustomers({ offset: 0, limit: 1 })).rows[0].email!;
    build.mockClear();
    await engine.updateCustomer((await engine.listCustomers({ offset: 0, limit: 1 })).rows[0].id, { firstName: 'Zoya' });
    const [found] = await Promise.all([engine.lookup(email, 1), engine.lookup('zoya', 1)]);
    expect(found[0].email).toBe(email);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
