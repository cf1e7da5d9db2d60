import { applyCustomerEdits, applyOrderEdits } from '../../core/data/edits.ts';
import type { SegmentState } from '../../core/data/segment-state.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { snapshotToPortable } from '../../core/segments/portable-snapshot.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';
import { exportSync, type ExportOptions } from '../../core/sync/export-sync.ts';
import { readSync } from '../../core/sync/read-sync.ts';
import { writeLines } from '../../core/sync/write-lines.ts';
import type { SyncContents } from '../../core/sync/sync-contents.ts';
import { fixtureDataset } from '../data/fixture-dataset.ts';

export type State = SegmentState<SnapshotRecord>;

export async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function streamOf(bytes: Uint8Array, chunk = 1 << 16): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.slice(at, at + chunk));
      at += chunk;
    },
  });
}

export async function exportBytes(ds: Dataset, state: State, options: ExportOptions = {}): Promise<Uint8Array> {
  return bytesOf(exportSync(ds, state, { deviceId: 'dev-test', now: 1_800_000_000_000, ...options }));
}

export async function roundTrip(ds: Dataset, state: State, options: ExportOptions = {}): Promise<SyncContents> {
  return readSync(streamOf(await exportBytes(ds, state, options)));
}

/**
 * What a device holds, independent of positions: records keyed by id, orders and campaign rows by
 * their keys with customer ids, snapshots as id → code maps (positions beyond a sender's customers
 * read as "not live" and are left out). Two devices with equal canonical content hold the same data.
 */
export function canonical(ds: Dataset, state: State): unknown {
  const ids = ds.customers.map((c) => c.id);
  const byKey = <T>(xs: [string, T][]) => Object.fromEntries(xs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  const t = ds.orders;
  const orders = byKey(Array.from({ length: t.length }, (_, i) => [t.orderId[i], {
    customer: ids[t.customer[i]], time: t.time[i], amount: t.amount[i], counted: t.counted[i], items: t.items[i],
    currency: t.dict.currency[t.currency[i]], channel: t.dict.channel[t.channel[i]], category: t.dict.category[t.category[i]], updatedAt: t.updatedAt[i],
  }]));
  const c = ds.campaigns;
  const campaigns = c ? byKey(Array.from({ length: c.length }, (_, i) => [`${c.names[c.campaign[i]]}|${ids[c.customer[i]]}`, {
    events: c.events[i], revenue: c.revenue[i], cost: c.cost[i], updatedAt: c.updatedAt[i],
  }])) : {};
  const snapshots = byKey(state.snapshots.map((s) => {
    const p = snapshotToPortable(s, ids);
    const schemes = p.schemes.map((sc) => {
      const keyIds = sc.kind === 'keyframe' ? p.ids! : sc.ids;
      const codes = byKey(keyIds.map((id, k) => [id, sc.codes[k]] as [string, number]).filter(([, code]) => sc.kind === 'delta' || code !== -2));
      const { codes: _c, ...rest } = sc as typeof sc & { ids?: string[] };
      delete (rest as { ids?: unknown }).ids;
      return { ...rest, codes };
    });
    return [s.id, { ...p, ids: undefined, schemes }];
  }));
  return {
    settings: { ...ds.settings, deviceId: undefined },
    customers: byKey(ds.customers.map((x) => [x.id, x])),
    orders, campaigns,
    imports: byKey(ds.imports.map(({ rejected: _r, ...x }) => [x.id, x])),
    segments: byKey(state.segments.map((s) => [s.id, s])),
    schemes: byKey(state.schemes.map((s) => [s.id, s])),
    snapshots,
  };
}

/** The data layer's fixture (test/data/fixture-dataset.ts) with its edits applied: every kind of record, two snapshots. */
export function syncFixture(): { ds: Dataset; state: State } {
  const { ds, customerEdits, orderEdits, segmentState } = fixtureDataset();
  const customers = ds.customers.slice();
  applyCustomerEdits(customers, customerEdits.map(([index, customer]) => ({ index, customer, writtenAt: customer.updatedAt })));
  const orders = applyOrderEdits(ds.orders, orderEdits.map(([index, order]) => ({ index, order, writtenAt: order.updatedAt })));
  return { ds: { ...ds, customers, orders, settings: { ...ds.settings, deviceId: 'device-fixture' } }, state: segmentState };
}

/** The JSON lines of a file, trailer included (for tests that craft files). */
export async function linesOf(bytes: Uint8Array): Promise<Record<string, unknown>[]> {
  const text = await new Response(streamOf(bytes).pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)).text();
  return text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A well-formed file (fresh checksum) of these lines, trailer excluded. */
export async function fileOfLines(lines: object[]): Promise<Uint8Array> {
  return bytesOf(writeLines(lines[Symbol.iterator]()));
}
