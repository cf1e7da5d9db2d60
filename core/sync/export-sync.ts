import type { SegmentState } from '../data/segment-state.ts';
import type { Customer } from '../model/customer.ts';
import type { Dataset } from '../model/dataset.ts';
import { snapshotToPortable } from '../segments/portable-snapshot.ts';
import type { SnapshotRecord } from '../segments/snapshot.ts';
import { campaignLines, customerTuples, orderLines } from './column-lines.ts';
import { extraFieldsOf, type ExtraKind, type SyncExtras } from './sync-extras.ts';
import {
  SYNC_TYPE, SYNC_VERSION, type SectionKind, type SectionLine, type SyncEnvelope, type SyncScope, type SyncSettings,
} from './sync-format.ts';
import { writeLines } from './write-lines.ts';

export interface ExportOptions {
  /** Default: everything. */
  scope?: SyncScope;
  /**
   * Positions of the customers whose data goes with chosen segments (`scope.withData`): the engine's
   * evaluated members of those segments (dynamic segments need the scores to be evaluated).
   */
  members?: Iterable<number>;
  appVersion?: string;
  /** Default: `ds.settings.deviceId`; one of the two is required. */
  deviceId?: string;
  now?: number;
  /** Unknown lines and fields kept from files of newer minor versions: written back. */
  extras?: SyncExtras;
  /** Rows per customers / orders / campaigns line. */
  chunkRows?: number;
}

export const DEFAULT_CHUNK_ROWS = 20_000;

/** The dataset and segment state as a `.segmenta` file (core/sync/FORMAT.md), made as it is read. */
export function exportSync(ds: Dataset, state: SegmentState<SnapshotRecord>, options: ExportOptions = {}): ReadableStream<Uint8Array> {
  const deviceId = options.deviceId ?? ds.settings.deviceId;
  if (!deviceId) throw new Error('exportSync needs a device id (settings.deviceId or options.deviceId)');
  const scope = options.scope ?? { kind: 'all' };
  const content = scopedContent(ds, state, scope, options.members);
  const envelope: SyncEnvelope = {
    type: SYNC_TYPE, version: SYNC_VERSION,
    source: { app: 'segmenta', appVersion: options.appVersion ?? 'dev', deviceId },
    exportedAt: options.now ?? Date.now(), scope, counts: content.counts,
  };
  return writeLines(lines(ds, content, envelope, options));
}

interface ScopedContent {
  all: boolean;
  /** Customer positions written, ascending; all of them for a full export. */
  customers: number[] | undefined;
  segments: SegmentState['segments'];
  schemes: SegmentState['schemes'];
  snapshots: SnapshotRecord[];
  counts: Partial<Record<SectionKind, number>>;
  orderRows: number[] | undefined;
  campaignRows: number[] | undefined;
}

function scopedContent(ds: Dataset, state: SegmentState<SnapshotRecord>, scope: SyncScope, members: Iterable<number> | undefined): ScopedContent {
  if (scope.kind !== 'segments') {
    return {
      all: true, customers: undefined, segments: state.segments, schemes: state.schemes, snapshots: state.snapshots,
      orderRows: undefined, campaignRows: undefined,
      counts: {
        settings: 1, customers: ds.customers.length, orders: ds.orders.length, campaigns: ds.campaigns?.length ?? 0,
        imports: ds.imports.length, segments: state.segments.length, schemes: state.schemes.length, snapshots: state.snapshots.length,
      },
    };
  }
  const chosen = new Set(scope.segmentIds);
  const segments = state.segments.filter((s) => chosen.has(s.id));
  const missing = scope.segmentIds.filter((id) => !segments.some((s) => s.id === id));
  if (missing.length) throw new Error(`no segment ${missing.join(', ')} to export`);
  const schemes = state.schemes.filter((s) => s.segmentIds.length > 0 && s.segmentIds.every((id) => chosen.has(id)));
  let customers: number[] = [], orderRows: number[] = [], campaignRows: number[] = [];
  if (scope.withData) {
    if (!members) throw new Error('exporting chosen segments with their data needs their members');
    const inScope = new Uint8Array(ds.customers.length);
    for (const p of members) inScope[p] = 1;
    customers = [...inScope.keys()].filter((p) => inScope[p]);
    for (let i = 0; i < ds.orders.length; i++) if (inScope[ds.orders.customer[i]]) orderRows.push(i);
    const c = ds.campaigns;
    if (c) for (let i = 0; i < c.length; i++) if (inScope[c.customer[i]]) campaignRows.push(i);
  }
  return {
    all: false, customers, segments, schemes, snapshots: [], orderRows, campaignRows,
    counts: { customers: customers.length, orders: orderRows.length, campaigns: campaignRows.length, segments: segments.length, schemes: schemes.length },
  };
}

function* lines(ds: Dataset, content: ScopedContent, envelope: SyncEnvelope, options: ExportOptions): Generator<object> {
  const chunk = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const extras = options.extras;
  const withExtras = <T extends object>(kind: ExtraKind, key: string, row: T): T => {
    const more = extraFieldsOf(extras, kind, key);
    return more ? { ...more, ...row } : row;
  };
  yield envelope;
  if (content.all) {
    const { deviceId: _local, ...settings } = ds.settings;
    yield { k: 'settings', settings: withExtras<SyncSettings>('settings', 'settings', settings) } satisfies SectionLine;
  }
  const positions = content.customers;
  const customerCount = positions ? positions.length : ds.customers.length;
  for (let start = 0; start < customerCount; start += chunk) {
    const end = Math.min(customerCount, start + chunk);
    const rows: Customer[] = [];
    for (let k = start; k < end; k++) {
      const c = ds.customers[positions ? positions[k] : k];
      rows.push(withExtras('customers', c.id, c));
    }
    yield customerTuples(rows);
  }
  yield* orderLines(ds, content.orderRows, chunk, extras);
  yield* campaignLines(ds, content.campaignRows, chunk, extras);
  if (content.all && ds.imports.length) {
    yield { k: 'imports', rows: ds.imports.map(({ rejected: _rows, ...summary }) => withExtras('imports', summary.id, summary)) } satisfies SectionLine;
  }
  if (content.segments.length) yield { k: 'segments', rows: content.segments.map((s) => withExtras('segments', s.id, s)) } satisfies SectionLine;
  if (content.schemes.length) yield { k: 'schemes', rows: content.schemes.map((s) => withExtras('schemes', s.id, s)) } satisfies SectionLine;
  if (content.snapshots.length) {
    const ids = ds.customers.map((c) => c.id);
    for (const record of content.snapshots) {
      const { ids: _sameAsCustomers, ...snapshot } = snapshotToPortable(record, ids);
      yield { k: 'snapshot', customerCount: record.customerCount, snapshot } satisfies SectionLine;
    }
  }
  if (content.all) yield* extras?.lines ?? [];
}
