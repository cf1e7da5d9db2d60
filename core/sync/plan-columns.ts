import type { Dataset } from '../model/dataset.ts';
import { campaignKey } from './column-lines.ts';
import type { KindSummary } from './merge-plan.ts';
import { StringIndex } from './string-index.ts';
import type { SyncCampaigns, SyncOrders } from './sync-contents.ts';

/** Row decisions for a columnar kind: pairs (local row, incoming row) to replace, incoming rows to append. */
export interface RowDecisions { replace: number[]; append: number[] }

const sign = (a: number | string, b: number | string): number => (a === b ? 0 : a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders by order id, last writer wins on updatedAt, then on content (customer id, time, amount,
 * counted, items, currency, channel, category: the same total order on every device).
 */
export function planOrders(ds: Dataset, inc: SyncOrders, summary: KindSummary): RowDecisions {
  const t = ds.orders;
  const localId = (row: number) => ds.customers[t.customer[row]].id;
  // > 0 when incoming row i wins over local row j.
  const vsLocal = (i: number, j: number): number =>
    sign(inc.updatedAt[i], t.updatedAt[j]) || sign(inc.customerId[i], localId(j)) || sign(inc.time[i], t.time[j]) ||
    sign(inc.amount[i], t.amount[j]) || sign(inc.counted[i], t.counted[j]) || sign(inc.items[i], t.items[j]) ||
    sign(inc.dict.currency[inc.currency[i]], t.dict.currency[t.currency[j]]) ||
    sign(inc.dict.channel[inc.channel[i]], t.dict.channel[t.channel[j]]) ||
    sign(inc.dict.category[inc.category[i]], t.dict.category[t.category[j]]);
  const vsIncoming = (i: number, j: number): number =>
    sign(inc.updatedAt[i], inc.updatedAt[j]) || sign(inc.customerId[i], inc.customerId[j]) || sign(inc.time[i], inc.time[j]) ||
    sign(inc.amount[i], inc.amount[j]) || sign(inc.counted[i], inc.counted[j]) || sign(inc.items[i], inc.items[j]) ||
    sign(inc.dict.currency[inc.currency[i]], inc.dict.currency[inc.currency[j]]) ||
    sign(inc.dict.channel[inc.channel[i]], inc.dict.channel[inc.channel[j]]) ||
    sign(inc.dict.category[inc.category[i]], inc.dict.category[inc.category[j]]);
  const local = () => {
    const index = new StringIndex(t.length + inc.length);
    for (let j = 0; j < t.length; j++) index.set(t.orderId[j], j);
    return index;
  };
  return planRows(t.length, inc.length, (i) => inc.orderId[i], local, vsLocal, vsIncoming, summary);
}

/** Campaign rows by (campaign name, customer id), last writer wins on updatedAt, then events, revenue, cost. */
export function planCampaigns(ds: Dataset, inc: SyncCampaigns | undefined, summary: KindSummary): RowDecisions {
  if (!inc) return { replace: [], append: [] };
  const t = ds.campaigns;
  const vsLocal = (i: number, j: number): number =>
    sign(inc.updatedAt[i], t!.updatedAt[j]) || sign(inc.events[i], t!.events[j]) || sign(inc.revenue[i], t!.revenue[j]) || sign(inc.cost[i], t!.cost[j]);
  const vsIncoming = (i: number, j: number): number =>
    sign(inc.updatedAt[i], inc.updatedAt[j]) || sign(inc.events[i], inc.events[j]) || sign(inc.revenue[i], inc.revenue[j]) || sign(inc.cost[i], inc.cost[j]);
  const local = () => {
    const index = new StringIndex((t?.length ?? 0) + inc.length);
    if (t) for (let j = 0; j < t.length; j++) index.set(campaignKey(t.names[t.campaign[j]], ds.customers[t.customer[j]].id), j);
    return index;
  };
  return planRows(t?.length ?? 0, inc.length, (i) => campaignKey(inc.names[inc.campaign[i]], inc.customerId[i]), local, vsLocal, vsIncoming, summary);
}

/**
 * planRowsGeneral, with a shortcut for a device that holds no rows yet: when the file's keys are in
 * strictly ascending order (as M's numeric order ids are) they are all distinct, so every row is new and
 * no map is needed (a million orders: a few ms instead of most of a second).
 */
export function planRows(
  localRows: number, n: number, keyOf: (i: number) => string, local: () => StringIndex,
  vsLocal: (i: number, j: number) => number, vsIncoming: (i: number, j: number) => number, summary: KindSummary,
): RowDecisions {
  if (localRows === 0 && ascending(n, keyOf)) {
    const append = new Array<number>(n);
    for (let i = 0; i < n; i++) append[i] = i;
    summary.new += n;
    return { replace: [], append };
  }
  return planRowsGeneral(localRows, n, keyOf, local(), vsLocal, vsIncoming, summary);
}

/** True when keyOf(0) < keyOf(1) < … (a strict order: no key repeats). */
export function ascending(n: number, keyOf: (i: number) => string): boolean {
  let prev = n ? keyOf(0) : '';
  for (let i = 1; i < n; i++) {
    const key = keyOf(i);
    if (!(prev < key)) return false;
    prev = key;
  }
  return true;
}

/**
 * One map for both sides (local rows as j >= 0, rows new here as -(their slot in `append` + 1)): a million
 * orders cost a million look-ups, not two million.
 */
export function planRowsGeneral(
  localRows: number, n: number, keyOf: (i: number) => string, local: StringIndex,
  vsLocal: (i: number, j: number) => number, vsIncoming: (i: number, j: number) => number, summary: KindSummary,
): RowDecisions {
  const chosen = new Int32Array(localRows).fill(-1);
  const append: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    const j = local.get(key);
    if (j === undefined) {
      local.set(key, -(append.length + 1));
      append.push(i);
    } else if (j < 0) {
      const slot = -j - 1;
      if (vsIncoming(i, append[slot]) > 0) append[slot] = i;
    } else if (chosen[j] < 0 || vsIncoming(i, chosen[j]) > 0) chosen[j] = i;
  }
  const replace: number[] = [];
  for (let j = 0; j < localRows; j++) {
    const i = chosen[j];
    if (i < 0) continue;
    const c = vsLocal(i, j);
    if (c === 0) { summary.unchanged++; continue; }
    summary.conflicts++;
    if (c > 0) { summary.updated++; replace.push(j, i); }
    else summary.keptLocal++;
  }
  summary.new += append.length;
  return { replace, append };
}
