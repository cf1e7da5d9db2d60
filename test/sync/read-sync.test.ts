import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../../core/engine/empty-dataset.ts';
import { applyMerge } from '../../core/sync/apply-merge.ts';
import { exportSync } from '../../core/sync/export-sync.ts';
import { planMerge } from '../../core/sync/plan-merge.ts';
import { readSync } from '../../core/sync/read-sync.ts';
import { SyncFileError } from '../../core/sync/sync-error.ts';
import { bytesOf, canonical, exportBytes, fileOfLines, linesOf, roundTrip, streamOf, syncFixture } from './sync-helpers.ts';

const refused = async (bytes: Uint8Array) => {
  try {
    await readSync(streamOf(bytes, 97));
  } catch (e) {
    if (e instanceof SyncFileError) return e;
    throw e;
  }
  throw new Error('the file was accepted');
};

describe('a sync file', () => {
  it('round-trips into an empty dataset exactly: same records at the same positions, same history', async () => {
    const { ds, state } = syncFixture();
    const local = { ds: emptyDataset({ ...ds.settings, deviceId: 'other', updatedAt: 0 }), state: { segments: [], schemes: [], snapshots: [] } };
    const r = applyMerge(local, planMerge(local, await roundTrip(ds, state, { chunkRows: 7 })));
    expect(r.ds.customers).toEqual(ds.customers);
    expect(r.ds.orders).toEqual(ds.orders);
    expect(r.ds.campaigns).toEqual(ds.campaigns);
    expect(r.ds.imports).toEqual(ds.imports.map((i) => ({ ...i, rejected: [] })));
    expect(r.ds.settings).toEqual({ ...ds.settings, deviceId: 'other' });
    expect(r.state).toEqual(state);
    expect(canonical(r.ds, r.state)).toEqual(canonical(ds, state));
  });

  it('writes whole-number times as deltas and any other column as written, reading both back exactly', async () => {
    const { ds, state } = syncFixture();
    const orders = { ...ds.orders, time: ds.orders.time.slice(), updatedAt: ds.orders.updatedAt.slice() };
    orders.time[3] = 1_700_000_000.25;
    orders.updatedAt[5] = 1_790_000_000_000.5;
    orders.updatedAt[150] = 2 ** 53 - 1;
    orders.orderId = orders.orderId.map((id, i) => (i < 100 ? id : String(7_000_000 - i * 3)));
    orders.orderId[250] = '0';
    const odd = { ...ds, orders };
    const lines = await linesOf(await exportBytes(odd, state, { chunkRows: 100 }));
    const chunks = lines.filter((l) => l.k === 'orders') as Record<string, unknown>[];
    expect(Array.isArray(chunks[0].time)).toBe(true);
    expect(chunks[1].time).toHaveProperty('d');
    expect(Array.isArray(chunks[0].updatedAt)).toBe(true);
    expect(Array.isArray(chunks[0].orderId)).toBe(true); // '#1007' is not a number
    expect(chunks[1].orderId).toHaveProperty('n');
    const back = await roundTrip(odd, state);
    expect(back.orders.time).toEqual(orders.time);
    expect(back.orders.updatedAt).toEqual(orders.updatedAt);
    expect(back.orders.orderId).toEqual(orders.orderId);
  });

  it('is made as it is read, in lines of at most chunkRows rows, and starts with the envelope', async () => {
    const { ds, state } = syncFixture();
    const lines = await linesOf(await exportBytes(ds, state, { chunkRows: 50, appVersion: '1.2.3' }));
    expect(lines[0]).toMatchObject({ type: 'segmenta/sync', version: '1.0', source: { app: 'segmenta', appVersion: '1.2.3', deviceId: 'dev-test' }, scope: { kind: 'all' } });
    expect(lines.filter((l) => l.k === 'orders').map((l) => (l.counted as unknown[]).length)).toEqual([50, 50, 50, 50, 50, 50, 1]);
    expect(lines.at(-1)).toMatchObject({ k: 'end', lines: lines.length - 1 });
    expect(JSON.stringify(lines)).not.toContain('device-fixture');
  });

  it('is refused when a byte is flipped, with a message saying it is damaged', async () => {
    const { ds, state } = syncFixture();
    const bytes = await exportBytes(ds, state);
    for (const at of [20, Math.floor(bytes.length / 2), bytes.length - 5]) {
      const copy = bytes.slice();
      copy[at] ^= 0x10;
      const e = await refused(copy);
      expect(e.problem, `byte ${at}`).toMatch(/damaged|truncated/);
      expect(e.message).toMatch(/damaged|truncated/);
    }
  });

  it('is refused when a line is changed inside a well-compressed file: the checksum catches it', async () => {
    const { ds, state } = syncFixture();
    const lines = await linesOf(await exportBytes(ds, state));
    const customers = lines.find((l) => l.k === 'customers') as { rows: unknown[][] };
    customers.rows[0][0] = 'someone-else';
    const body = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
    const gz = await bytesOf(new Blob([body]).stream().pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>));
    const e = await refused(gz);
    expect(e.problem).toBe('damaged');
    expect(e.message).toBe('The file is damaged: its content does not match its SHA-256 checksum.');
  });

  it('is refused when truncated, at any point', async () => {
    const { ds, state } = syncFixture();
    const bytes = await exportBytes(ds, state);
    for (const keep of [10, Math.floor(bytes.length / 3), bytes.length - 9]) {
      const e = await refused(bytes.slice(0, keep));
      expect(e.problem, `first ${keep} bytes`).toMatch(/truncated|damaged/);
    }
    // Lines lost whole (a well-formed gzip of the first lines only).
    const lines = await linesOf(bytes);
    const body = lines.slice(0, 3).map((l) => JSON.stringify(l)).join('\n') + '\n';
    const gz = await bytesOf(new Blob([body]).stream().pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>));
    expect((await refused(gz)).message).toBe('The file is truncated: it ends after 3 lines, before its checksum.');
  });

  it('is refused when a whole line is missing even with a fresh checksum: the envelope counts rows', async () => {
    const { ds, state } = syncFixture();
    const lines = (await linesOf(await exportBytes(ds, state, { chunkRows: 100 }))).slice(0, -1);
    const e = await refused(await fileOfLines(lines.filter((l, i) => !(l.k === 'orders' && i === lines.findIndex((x) => x.k === 'orders')))));
    expect(e.message).toBe('The file is damaged: it declares 301 orders and holds 201.');
  });

  it('is refused when it is not a sync file at all', async () => {
    expect((await refused(new TextEncoder().encode('customer_id,email\n1,a@b.c\n'))).problem).toMatch(/damaged|not-sync/);
    expect((await refused(await fileOfLines([{ type: 'other' }]))).problem).toBe('not-sync');
  });

  it('from a newer major version is refused with a message to update the app', async () => {
    const { ds, state } = syncFixture();
    const lines = (await linesOf(await exportBytes(ds, state))).slice(0, -1);
    lines[0] = { ...lines[0], version: '2.0' };
    const e = await refused(await fileOfLines(lines));
    expect(e.problem).toBe('newer-major');
    expect(e.message).toMatch(/newer version of Segmenta.*Update the app/);
  });

  it('from a newer minor version imports, keeping unknown lines and fields, and writes them again', async () => {
    const { ds, state } = syncFixture();
    const lines = (await linesOf(await exportBytes(ds, state))).slice(0, -1);
    lines[0] = { ...lines[0], version: '1.7', futureEnvelopeField: true };
    const customers = lines.find((l) => l.k === 'customers') as { fields: string[]; rows: unknown[][] };
    expect(customers.fields.slice(0, 2)).toEqual(['id', 'externalIds']);
    customers.fields.push('loyaltyTier');
    customers.rows[0] = [...customers.rows[0], ...Array(customers.fields.length - 1 - customers.rows[0].length).fill(null), 'gold'];
    const orders = lines.find((l) => l.k === 'orders') as Record<string, unknown[]>;
    orders.margin = orders.orderId.map((_, i) => (i === 0 ? 125 : null));
    const segments = lines.find((l) => l.k === 'segments') as { rows: Record<string, unknown>[] };
    segments.rows[0] = { ...segments.rows[0], icon: '⭐' };
    lines.push({ k: 'journeys', rows: [{ id: 'j1' }] });
    const incoming = await readSync(streamOf(await fileOfLines(lines)));
    expect(incoming.fileVersion).toBe('1.7');
    expect(incoming.customers[0]).not.toHaveProperty('loyaltyTier');
    const local = { ds: emptyDataset({ ...ds.settings, updatedAt: 0 }), state: { segments: [], schemes: [], snapshots: [] } };
    const merged = applyMerge(local, planMerge(local, incoming));
    expect(canonical(merged.ds, merged.state)).toEqual(canonical(ds, state));
    expect(merged.extras.fields.customers).toEqual({ [ds.customers[0].id]: { loyaltyTier: 'gold' } });
    expect(merged.extras.lines).toEqual([{ k: 'journeys', rows: [{ id: 'j1' }] }]);

    const again = await linesOf(await bytesOf(exportSync(merged.ds, merged.state, { deviceId: 'older-app', extras: merged.extras })));
    const againCustomers = again.find((l) => l.k === 'customers') as { fields: string[]; rows: unknown[][] };
    expect(againCustomers.rows[0][againCustomers.fields.indexOf('loyaltyTier')]).toBe('gold');
    expect((again.find((l) => l.k === 'orders') as Record<string, unknown[]>).margin.slice(0, 2)).toEqual([125, null]);
    expect((again.find((l) => l.k === 'segments') as { rows: Record<string, unknown>[] }).rows[0].icon).toBe('⭐');
    expect(again).toContainEqual({ k: 'journeys', rows: [{ id: 'j1' }] });
  });

  it('restores missing optional fields with defaults and refuses a record without an id', async () => {
    const { ds, state } = syncFixture();
    const lines = (await linesOf(await exportBytes(ds, state))).slice(0, -1);
    const customers = lines.find((l) => l.k === 'customers') as { rows: Record<string, unknown>[] };
    customers.rows[0] = { id: 'bare', updatedAt: 5 };
    const incoming = await readSync(streamOf(await fileOfLines(lines)));
    expect(incoming.customers[0]).toEqual({ id: 'bare', externalIds: [], emails: [], phones: [], tags: [], attributes: {}, updatedAt: 5 });
    customers.rows[0] = { updatedAt: 5 };
    const e = await refused(await fileOfLines(lines));
    expect(e.problem).toBe('invalid');
    expect(e.message).toMatch(/line \d+, customer 1 has no valid id/);
  });
});
