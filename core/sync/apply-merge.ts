import type { SegmentState } from '../data/segment-state.ts';
import type { CampaignTable } from '../model/campaigns.ts';
import type { Customer } from '../model/customer.ts';
import type { Dataset } from '../model/dataset.ts';
import type { OrderTable } from '../model/orders.ts';
import { snapshotFromPortable } from '../segments/portable-snapshot.ts';
import { compareSnapshots, type SnapshotRecord } from '../segments/snapshot.ts';
import type { MergePlan } from './merge-plan.ts';
import type { LocalData } from './plan-merge.ts';
import type { StringIndex } from './string-index.ts';
import type { SyncExtras } from './sync-extras.ts';

export interface MergeResult {
  ds: Dataset;
  state: SegmentState<SnapshotRecord>;
  extras: SyncExtras;
  /** False when nothing changed (the inputs are returned as they were). */
  changed: boolean;
}

/** A customer known only by id, for an order whose customer record did not come along; any real record wins. */
export const placeholderCustomer = (id: string): Customer => ({ id, externalIds: [id], emails: [], phones: [], tags: [], attributes: {}, updatedAt: 0 });

/**
 * Carries out a plan made by planMerge against this very `local` data, into new objects: the inputs
 * are never changed, so a failure leaves them as they were and the engine writes the result in one
 * transaction. Positions only grow: local customers keep theirs, new ones are appended. Scores are
 * dropped when customers, orders or settings changed (the engine recomputes them).
 */
export function applyMerge(local: LocalData, plan: MergePlan): MergeResult {
  const { ds, state } = local;
  const b = plan.base;
  if (b.customers !== ds.customers || b.orders !== ds.orders || b.campaigns !== ds.campaigns || b.imports !== ds.imports ||
      b.segments !== state.segments || b.schemes !== state.schemes || b.snapshots !== state.snapshots) {
    throw new Error('The data changed since this merge was planned: plan it again.');
  }
  const d = plan.decisions;
  const inc = d.incoming;
  if (plan.nothingToDo) return { ds, state, extras: d.extras, changed: false };

  const customers = ds.customers.slice();
  for (let k = 0; k < d.customerReplace.length; k += 2) customers[d.customerReplace[k]] = inc.customers[d.customerReplace[k + 1]];
  const positions = d.positions;
  for (const i of d.customerAppend) customers.push(inc.customers[i]);
  for (const id of d.placeholderIds) customers.push(placeholderCustomer(id));

  const orders = d.orderReplace.length || d.orderAppend.length ? mergeOrders(ds.orders, d) : ds.orders;
  const campaigns = d.campaignReplace.length || d.campaignAppend.length ? mergeCampaigns(ds.campaigns, d, positions) : ds.campaigns;

  const imports = upsert(ds.imports, d.imports);
  const settings = d.settings ? { ...d.settings, ...(ds.settings.deviceId ? { deviceId: ds.settings.deviceId } : {}) } : ds.settings;
  const dataChanged = customers.length !== ds.customers.length || d.customerReplace.length > 0 || orders !== ds.orders || settings !== ds.settings;
  const merged: Dataset = { ...ds, customers, orders, imports, settings };
  if (campaigns) merged.campaigns = campaigns;
  if (dataChanged) delete merged.scores;

  // The same positions as a Map (the last of repeated local ids wins in both), only when snapshots need one.
  let map: Map<string, number> | undefined;
  const positionMap = () => (map ??= new Map(customers.map((c, i) => [c.id, i])));
  // A snapshot covers the sender's first customerCount customers: here, up to the furthest of their positions.
  const reach = new Int32Array(inc.customers.length + 1);
  inc.customers.forEach((c, k) => { reach[k + 1] = Math.max(reach[k], (positions.get(c.id) ?? -1) + 1); });
  const snapshots = d.snapshots.length
    ? [...state.snapshots, ...d.snapshots.map((s) => snapshotFromPortable(s.snapshot, positionMap(), reach[s.customerCount]))].sort(compareSnapshots)
    : state.snapshots;
  const segmentState: SegmentState<SnapshotRecord> = { segments: upsert(state.segments, d.segments), schemes: upsert(state.schemes, d.schemes), snapshots };
  return { ds: merged, state: segmentState, extras: d.extras, changed: true };
}

/** `list` with records replaced by id and new ones appended (a new array when anything changed). */
function upsert<T extends { id: string }>(list: T[], changed: readonly T[]): T[] {
  if (!changed.length) return list;
  const byId = new Map(changed.map((r) => [r.id, r]));
  const out = list.map((r) => byId.get(r.id) ?? r);
  const seen = new Set(list.map((r) => r.id));
  for (const r of changed) if (!seen.has(r.id)) out.push(r);
  return out;
}

/** Dictionary codes of `from` in `into` (extended with the strings it lacks: dictionaries only grow). */
function dictMap(from: string[], into: string[]): Uint16Array {
  const index = new Map(into.map((s, i) => [s, i]));
  return Uint16Array.from(from, (s) => {
    let code = index.get(s);
    if (code === undefined) { code = into.length; into.push(s); index.set(s, code); }
    return code;
  });
}

function grow<T extends Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array>(col: T, n: number): T {
  const out = new (col.constructor as new (n: number) => T)(n);
  out.set(col);
  return out;
}

function mergeOrders(t: OrderTable, d: MergePlan['decisions']): OrderTable {
  const inc = d.incoming.orders;
  const n = t.length + d.orderAppend.length;
  const dict = { currency: [...t.dict.currency], channel: [...t.dict.channel], category: [...t.dict.category] };
  const maps = { currency: dictMap(inc.dict.currency, dict.currency), channel: dictMap(inc.dict.channel, dict.channel), category: dictMap(inc.dict.category, dict.category) };
  for (const k of ['currency', 'channel', 'category'] as const) {
    if (dict[k].length > 65536) throw new RangeError(`More than 65536 different ${k} values after the merge.`);
  }
  if (t.length === 0 && takesAllAsIs(d, Object.values(maps))) {
    // An empty device takes the file's columns as they are (its contents are never changed): no copy of a million rows.
    return {
      length: n, orderId: inc.orderId, customer: d.orderCustomer, time: inc.time, amount: inc.amount, counted: inc.counted, items: inc.items,
      currency: inc.currency, channel: inc.channel, category: inc.category, dict, updatedAt: inc.updatedAt,
    };
  }
  const out: OrderTable = {
    length: n, orderId: t.orderId.slice(), customer: grow(t.customer, n), time: grow(t.time, n), amount: grow(t.amount, n),
    counted: grow(t.counted, n), items: grow(t.items, n), currency: grow(t.currency, n), channel: grow(t.channel, n),
    category: grow(t.category, n), dict, updatedAt: grow(t.updatedAt, n),
  };
  const put = (j: number, i: number) => {
    out.orderId[j] = inc.orderId[i];
    out.customer[j] = d.orderCustomer[i];
    out.time[j] = inc.time[i];
    out.amount[j] = inc.amount[i];
    out.counted[j] = inc.counted[i];
    out.items[j] = inc.items[i];
    out.currency[j] = maps.currency[inc.currency[i]];
    out.channel[j] = maps.channel[inc.channel[i]];
    out.category[j] = maps.category[inc.category[i]];
    out.updatedAt[j] = inc.updatedAt[i];
  };
  for (let k = 0; k < d.orderReplace.length; k += 2) put(d.orderReplace[k], d.orderReplace[k + 1]);
  d.orderAppend.forEach((i, k) => put(t.length + k, i));
  return out;
}

/** True when every incoming order is appended in file order with its dictionary codes unchanged. */
function takesAllAsIs(d: MergePlan['decisions'], maps: Uint16Array[]): boolean {
  const inc = d.incoming.orders;
  const n = inc.length;
  if (d.orderReplace.length || d.orderAppend.length !== n || d.orderCustomer.length !== n) return false;
  for (const col of [inc.orderId, inc.time, inc.amount, inc.counted, inc.items, inc.currency, inc.channel, inc.category, inc.updatedAt]) {
    if (col.length !== n) return false;
  }
  for (let i = 0; i < n; i++) if (d.orderAppend[i] !== i) return false;
  return maps.every((m) => m.every((code, i) => code === i));
}

function mergeCampaigns(t: CampaignTable | undefined, d: MergePlan['decisions'], positions: StringIndex): CampaignTable {
  const inc = d.incoming.campaigns!;
  const base: CampaignTable = t ?? {
    length: 0, campaign: new Int32Array(0), names: [], customer: new Int32Array(0), events: new Uint8Array(0),
    revenue: new Float64Array(0), cost: new Float64Array(0), updatedAt: new Float64Array(0),
  };
  const n = base.length + d.campaignAppend.length;
  const names = [...base.names];
  const nameIndex = new Map(names.map((s, i) => [s, i]));
  const nameMap = inc.names.map((s) => {
    let code = nameIndex.get(s);
    if (code === undefined) { code = names.length; names.push(s); nameIndex.set(s, code); }
    return code;
  });
  const out: CampaignTable = {
    length: n, names, campaign: grow(base.campaign, n), customer: grow(base.customer, n), events: grow(base.events, n),
    revenue: grow(base.revenue, n), cost: grow(base.cost, n), updatedAt: grow(base.updatedAt, n),
  };
  const put = (j: number, i: number) => {
    out.campaign[j] = nameMap[inc.campaign[i]];
    out.customer[j] = positions.get(inc.customerId[i])!;
    out.events[j] = inc.events[i];
    out.revenue[j] = inc.revenue[i];
    out.cost[j] = inc.cost[i];
    out.updatedAt[j] = inc.updatedAt[i];
  };
  for (let k = 0; k < d.campaignReplace.length; k += 2) put(d.campaignReplace[k], d.campaignReplace[k + 1]);
  d.campaignAppend.forEach((i, k) => put(base.length + k, i));
  return out;
}
