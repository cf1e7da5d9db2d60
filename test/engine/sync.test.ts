import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/engine/engine.ts';
import type { EngineApi } from '../../core/worker/engine-api.ts';
import { generatedDataset } from '../helpers/dataset-s.ts';

const data = () => generatedDataset('engine-small', ['--customers', '300', '--orders', '3000', '--seed', '5']);
const file = (name: string) => new File([readFileSync(join(data(), name))], name);
let n = 0;
const device = () => createEngine({ dbName: `sync-engine-${process.pid}-${++n}` });
const asFile = (f: { file: Blob; fileName: string }) => new File([f.file], f.fileName);

/** What both devices must agree on: customers by id, segments and schemes by id (positions may differ). */
async function content(engine: EngineApi) {
  const rows = (await engine.listCustomers({ offset: 0, limit: 10_000 })).rows.map((r) => [r.id, r.name, r.frequency, r.monetary]).sort();
  const segments = (await engine.segments()).map((s) => ({ ...s.segment })).sort((a, b) => a.id.localeCompare(b.id));
  const schemes = (await engine.schemes()).map((s) => [s.id, s.name, s.segmentIds]).sort();
  return { rows, segments, schemes, rfm: await engine.canonicalRfmCsv() };
}

async function exchange(from: EngineApi, to: EngineApi) {
  const preview = await to.previewSync(asFile(await from.exportSync()));
  return { preview, applied: await to.applySync(preview.planId) };
}

describe('sync by file between engines', () => {
  it('brings an empty device to exactly what the other holds, and shows what will change first', async () => {
    const a = device();
    await a.importFiles([file('customers.csv'), file('orders.csv')], { asOf: '2026-11-01' });
    await a.saveSegment({ name: 'Regulars', kind: 'dynamic', rule: { field: 'orders', op: 'gte', value: 5 } });
    const b = device();
    const { preview } = await exchange(a, b);
    expect(preview).toMatchObject({ scope: 'all', nothingToDo: false, summary: { customers: { new: 300 }, orders: { new: 3000 }, segments: { new: 1 } } });
    expect(await content(b)).toEqual(await content(a));
    // Importing the same file again changes nothing.
    const again = await b.previewSync(asFile(await a.exportSync()));
    expect(again.nothingToDo).toBe(true);
  });

  it('merges offline edits from two devices in either order to the same data, deletions and static members included', async () => {
    const a = device();
    await a.importFiles([file('customers.csv'), file('orders.csv')], { asOf: '2026-11-01' });
    const vip = await a.saveSegment({ name: 'VIP', kind: 'static' });
    const b = device();
    await exchange(a, b);
    const c = device();
    await exchange(a, c);
    const [x, y, z] = (await a.listCustomers({ offset: 0, limit: 3 })).rows;
    await a.updateCustomer(x.id, { city: 'Казань' });
    await a.changeMembers(vip.segment.id, { add: [x.id] });
    await b.deleteCustomer(y.id);
    await b.changeMembers(vip.segment.id, { add: [z.id] });
    await b.saveSegment({ name: 'Lapsed', kind: 'dynamic', rule: { field: 'daysSinceLastOrder', op: 'gt', value: 180 } });
    // c gets a's file then b's; b gets a's file; a gets b's.
    const fileA = asFile(await a.exportSync());
    const fileB = asFile(await b.exportSync());
    for (const [target, files] of [[c, [fileA, fileB]], [b, [fileA]], [a, [fileB]]] as const) {
      for (const f of files) {
        const p = await target.previewSync(f);
        await target.applySync(p.planId);
      }
    }
    const final = await content(a);
    expect(await content(b)).toEqual(final);
    expect(await content(c)).toEqual(final);
    expect(final.rows.some((r) => r[0] === y.id)).toBe(false);
    expect((await a.customerCard(x.id))!.customer.city).toBe('Казань');
    const members = (await a.segmentMembers(vip.segment.id, { offset: 0, limit: 10 })).rows.map((r) => r.id).sort();
    expect(members).toEqual([x.id, z.id].sort());
    expect(final.segments.map((s) => s.name).sort()).toEqual(['Lapsed', 'VIP']);
    // The same order on every device (oldest first), not each device's own order of arrival.
    const order = async (e: EngineApi) => (await e.segments()).map((s) => s.segment.name);
    expect(await order(a)).toEqual(['VIP', 'Lapsed']);
    expect(await order(b)).toEqual(await order(a));
    expect(await order(c)).toEqual(await order(a));
  });

  it('keeps a backup before each merge and restores it in one step', async () => {
    const a = device();
    await a.importFiles([file('customers.csv'), file('orders.csv')], { asOf: '2026-11-01' });
    const b = device();
    await b.importFiles([file('customers.csv')], { asOf: '2026-11-01' });
    await b.saveSegment({ name: 'Mine', kind: 'static' });
    const before = await content(b);
    expect(await b.backupInfo()).toBeUndefined();
    const { applied } = await exchange(a, b);
    expect(await b.backupInfo()).toMatchObject({ at: applied.backupAt });
    expect((await content(b)).rfm).toBe((await content(a)).rfm);
    await b.restoreBackup();
    expect(await content(b)).toEqual(before);
  });

  it('refuses a damaged file and a preview the data has moved on from, changing nothing', async () => {
    const a = device();
    await a.importFiles([file('customers.csv'), file('orders.csv')], { asOf: '2026-11-01' });
    const exported = await a.exportSync();
    const bytes = new Uint8Array(await exported.file.arrayBuffer());
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    const b = device();
    await expect(b.previewSync(new File([bytes], 'broken.segmenta'))).rejects.toMatchObject({ name: 'SyncFileError' });
    const preview = await b.previewSync(asFile(exported));
    await b.importFiles([file('customers.csv')], {});
    await expect(b.applySync(preview.planId)).rejects.toThrow(/changed since the preview/);
    expect((await b.status()).orders).toBe(0);
  });
});
