import type { SegmentState } from '../data/segment-state.ts';
import type { Dataset } from '../model/dataset.ts';
import type { ImportRecord } from '../model/import-record.ts';
import type { SnapshotRecord } from '../segments/snapshot.ts';
import { canonicalJson, lwwCompare } from './lww.ts';
import { emptySummary, type MergeKind, type MergePlan, type KindSummary } from './merge-plan.ts';
import { planCampaigns, planOrders } from './plan-columns.ts';
import { planCustomers } from './plan-customers.ts';
import { decide, dedupe, mergeScheme, mergeSegment, type MergeRecord } from './plan-records.ts';
import type { IncomingSnapshot, SyncContents } from './sync-contents.ts';
import { setExtraFields, type ExtraKind, type SyncExtras } from './sync-extras.ts';
import type { SyncSettings } from './sync-format.ts';
import { StringIndex } from './string-index.ts';

/** What this device holds: the dataset, its segment state, and what it keeps from newer files. */
export interface LocalData {
  ds: Dataset;
  state: SegmentState<SnapshotRecord>;
  extras?: SyncExtras;
}

/** The import's rejected rows are this device's own; the rest of an import record merges by last writer wins. */
const mergeImport: MergeRecord<ImportRecord> = (mine, theirs) => {
  const { rejected: _mine, ...a } = mine;
  const { rejected: _theirs, ...b } = theirs;
  const theirsWon = lwwCompare(b.updatedAt, a.updatedAt, b, a) > 0;
  return { result: theirsWon ? { ...theirs, rejected: mine.rejected } : mine, theirsWon };
};

/**
 * Decides, without changing anything, how `incoming` merges into `local` (rules: core/sync/FORMAT.md,
 * "Merge"), and counts it per kind for the user to confirm. applyMerge then carries the plan out.
 */
export function planMerge(local: LocalData, incoming: SyncContents): MergePlan {
  const { ds, state } = local;
  const summary = Object.fromEntries(
    (['settings', 'customers', 'orders', 'campaigns', 'imports', 'segments', 'schemes', 'snapshots'] as MergeKind[]).map((k) => [k, emptySummary()]),
  ) as Record<MergeKind, KindSummary>;
  const extras = copyExtras(local.extras);
  // Kinds with extra fields on neither side (the usual case): nothing to set or delete for a million
  // orders. Only the file's fields are ever added here, so such a kind stays empty on this side.
  const idle = new Map<ExtraKind, boolean>();
  const takeExtras = (kind: ExtraKind, key: string) => {
    let skip = idle.get(kind);
    if (skip === undefined) idle.set(kind, (skip = isEmpty(incoming.extras.fields[kind]) && isEmpty(extras.fields[kind])));
    if (skip) extras.fields[kind] ??= {};
    else setExtraFields(extras, kind, key, incoming.extras.fields[kind]?.[key]);
  };

  // Customers: by id; positions of this device stay, new customers are appended.
  const localPositions = new Map<string, number>();
  ds.customers.forEach((c, i) => localPositions.set(c.id, i));
  const { replace: customerReplace, append: customerAppend } = planCustomers(
    ds.customers, localPositions, incoming.customers, summary.customers, (id) => takeExtras('customers', id));

  const orders = planOrders(ds, incoming.orders, summary.orders);
  const campaigns = planCampaigns(ds, incoming.campaigns, summary.campaigns);
  for (let k = 1; k < orders.replace.length; k += 2) takeExtras('orders', incoming.orders.orderId[orders.replace[k]]);
  for (const i of orders.append) takeExtras('orders', incoming.orders.orderId[i]);

  // Positions after the merge: local ones stay, new customers follow, then a placeholder customer for
  // each order or campaign row whose customer neither side has. Each order's position is looked up
  // once, here, for applyMerge to copy (a million orders: one look-up each, not two).
  // A StringIndex, not a Map: Chromium's Map took ~360 ms for M's million look-ups (bench/sync-browser.mjs).
  const positions = new StringIndex(ds.customers.length + incoming.customers.length);
  localPositions.forEach((pos, id) => positions.set(id, pos));
  let next = ds.customers.length;
  for (const i of customerAppend) positions.set(incoming.customers[i].id, next++);
  const placeholderIds: string[] = [];
  const positionOf = (id: string): number => {
    let pos = positions.get(id);
    if (pos === undefined) {
      pos = next++;
      positions.set(id, pos);
      placeholderIds.push(id);
    }
    return pos;
  };
  const orderCustomer = new Int32Array(incoming.orders.length);
  for (let k = 1; k < orders.replace.length; k += 2) orderCustomer[orders.replace[k]] = positionOf(incoming.orders.customerId[orders.replace[k]]);
  for (const i of orders.append) orderCustomer[i] = positionOf(incoming.orders.customerId[i]);
  if (incoming.campaigns) {
    for (let k = 1; k < campaigns.replace.length; k += 2) positionOf(incoming.campaigns.customerId[campaigns.replace[k]]);
    for (const i of campaigns.append) positionOf(incoming.campaigns.customerId[i]);
  }

  const byId = <T extends { id: string; updatedAt: number; deleted?: boolean }>(
    kind: 'imports' | 'segments' | 'schemes', mine: readonly T[], theirs: readonly T[], merge: MergeRecord<T>,
  ): T[] => {
    const localById = new Map(mine.map((r) => [r.id, r]));
    const out: T[] = [];
    for (const [id, t] of dedupe(theirs, merge)) {
      const d = decide(summary[kind], localById.get(id), t, merge);
      if (!d) continue;
      out.push(d.result);
      if (d.theirsWon) takeExtras(kind, id);
    }
    return out;
  };
  const imports = byId('imports', ds.imports, incoming.imports, mergeImport);
  const segments = byId('segments', state.segments, incoming.segments, mergeSegment);
  const schemes = byId('schemes', state.schemes, incoming.schemes, mergeScheme);

  // Snapshot history: a union by id (a snapshot never changes once taken).
  const known = new Set(state.snapshots.map((s) => s.id));
  const snapshots: IncomingSnapshot[] = [];
  for (const s of incoming.snapshots) {
    if (known.has(s.snapshot.id)) { summary.snapshots.unchanged++; continue; }
    known.add(s.snapshot.id);
    snapshots.push(s);
    summary.snapshots.new++;
  }

  let settings: SyncSettings | undefined;
  if (incoming.settings) {
    const { deviceId: _own, ...mine } = ds.settings;
    const c = lwwCompare(incoming.settings.updatedAt, mine.updatedAt, incoming.settings, mine);
    if (c === 0) summary.settings.unchanged++;
    else {
      summary.settings.conflicts++;
      if (c > 0) {
        summary.settings.updated++;
        settings = incoming.settings;
        takeExtras('settings', 'settings');
      } else summary.settings.keptLocal++;
    }
  }

  const knownLines = new Set(extras.lines.map(canonicalJson));
  for (const line of incoming.extras.lines) {
    const key = canonicalJson(line);
    if (!knownLines.has(key)) { knownLines.add(key); extras.lines.push(line); }
  }

  const changes = Object.values(summary).reduce((n, s) => n + s.new + s.updated + s.deleted, 0);
  return {
    summary, placeholders: placeholderIds.length, scores: incoming.scores, warnings: [...incoming.warnings],
    nothingToDo: changes === 0 && !incoming.scores && extras.lines.length === (local.extras?.lines.length ?? 0),
    base: { customers: ds.customers, orders: ds.orders, campaigns: ds.campaigns, imports: ds.imports, segments: state.segments, schemes: state.schemes, snapshots: state.snapshots },
    decisions: {
      incoming, positions, orderCustomer, customerReplace, customerAppend, placeholderIds,
      orderReplace: orders.replace, orderAppend: orders.append, campaignReplace: campaigns.replace, campaignAppend: campaigns.append,
      imports, segments, schemes, snapshots, settings, extras,
    },
  };
}

const isEmpty = (byKey: object | undefined): boolean => !byKey || Object.keys(byKey).length === 0;

function copyExtras(extras: SyncExtras | undefined): SyncExtras {
  const fields: SyncExtras['fields'] = {};
  for (const [kind, byKey] of Object.entries(extras?.fields ?? {})) fields[kind as ExtraKind] = { ...byKey };
  return { lines: [...(extras?.lines ?? [])], fields };
}
