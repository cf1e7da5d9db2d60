import type { Dataset } from '../../model/dataset.ts';
import type { OrderTable } from '../../model/orders.ts';

/** One dictionary column of the orders (category or channel) per customer. */
export interface DictAggregate {
  /** Order dictionary values without its empty entry 0: code k here is `dict[k + 1]` of the order table. */
  dict: string[];
  /** Per customer, the code (into `dict`) bought most often (ties: larger spend, then earlier code); -1 none. */
  favourite: Int32Array;
  /** CSR of the distinct codes each customer bought, ascending. */
  offsets: Int32Array;
  codes: Int32Array;
}

export interface OrderAggregates {
  category: DictAggregate;
  channel: DictAggregate;
}

interface Entry { length: number; live: Uint8Array; byDay: Map<number, OrderAggregates> }
// Keyed by the order table and which customers are live, not the dataset object: a settings change or a
// profile edit makes a new dataset with the same orders, and should not rebuild these (≈ 65 ms on M).
const cache = new WeakMap<OrderTable, Entry>();

/**
 * Per-customer favourite and bought categories and channels over the counted orders up to `today`
 * of live customers, as RFM counts them. Several fields read them, so they are built once per
 * order table, customers array and as-of day (orders grouped by customer with a counting sort: linear, no hashing).
 */
export function orderAggregates(ds: Dataset, today: number): OrderAggregates {
  const live = liveFlags(ds);
  let entry = cache.get(ds.orders);
  if (!entry || entry.length !== ds.orders.length || !sameFlags(entry.live, live)) {
    entry = { length: ds.orders.length, live, byDay: new Map() };
    cache.set(ds.orders, entry);
  }
  let agg = entry.byDay.get(today);
  if (!agg) {
    agg = build(ds, today);
    entry.byDay.set(today, agg);
  }
  return agg;
}

function liveFlags(ds: Dataset): Uint8Array {
  const n = ds.customers.length;
  const live = new Uint8Array(n);
  for (let c = 0; c < n; c++) live[c] = ds.customers[c].deleted ? 0 : 1;
  return live;
}

function sameFlags(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function build(ds: Dataset, today: number): OrderAggregates {
  const g = groupByCustomer(ds, today);
  return {
    category: aggregate(g.start, g.category, g.amount, ds.orders.dict.category),
    channel: aggregate(g.start, g.channel, g.amount, ds.orders.dict.channel),
  };
}

/**
 * The category, channel and amount of each live customer's counted orders up to `today`, grouped by
 * customer: customer c's are at [start[c], start[c+1]). Copying the values (not row numbers) keeps the
 * per-customer loops sequential: the order table is sorted by time, so a customer's rows are scattered.
 */
export function groupByCustomer(ds: Dataset, today: number):
  { start: Int32Array; category: Uint16Array; channel: Uint16Array; amount: Float64Array } {
  const n = ds.customers.length;
  const live = liveFlags(ds);
  const { length, customer, time, counted } = ds.orders;
  const start = new Int32Array(n + 1);
  const limit = (today + 1) * 86400; // an order counts when its day ≤ today, i.e. time < (today + 1) days
  for (let i = 0; i < length; i++) {
    const c = customer[i];
    if (counted[i] === 1 && time[i] < limit && c >= 0 && c < n && live[c] === 1) start[c + 1]++;
  }
  for (let c = 0; c < n; c++) start[c + 1] += start[c];
  const next = start.slice(0, n);
  const size = start[n];
  const category = new Uint16Array(size), channel = new Uint16Array(size), amount = new Float64Array(size);
  for (let i = 0; i < length; i++) {
    const c = customer[i];
    if (counted[i] !== 1 || !(time[i] < limit) || c < 0 || c >= n || live[c] !== 1) continue;
    const k = next[c]++;
    category[k] = ds.orders.category[i];
    channel[k] = ds.orders.channel[i];
    amount[k] = ds.orders.amount[i];
  }
  return { start, category, channel, amount };
}

function aggregate(start: Int32Array, column: Uint16Array, amount: Float64Array, orderDict: string[]): DictAggregate {
  const n = start.length - 1;
  const size = orderDict.length;
  const count = new Int32Array(size);
  const spend = new Float64Array(size);
  const touched = new Int32Array(size);
  const favourite = new Int32Array(n).fill(-1);
  const offsets = new Int32Array(n + 1);
  let codes = new Int32Array(Math.max(16, n));
  let used = 0;
  for (let c = 0; c < n; c++) {
    offsets[c] = used;
    let t = 0;
    for (let k = start[c]; k < start[c + 1]; k++) {
      const v = column[k];
      if (v === 0) continue; // no category / channel written
      if (count[v] === 0) touched[t++] = v;
      count[v]++;
      spend[v] += amount[k];
    }
    if (t === 0) continue;
    if (t > 1) touched.subarray(0, t).sort();
    let best = touched[0];
    for (let j = 1; j < t; j++) {
      const v = touched[j];
      if (count[v] > count[best] || (count[v] === count[best] && spend[v] > spend[best])) best = v;
    }
    if (used + t > codes.length) {
      const grown = new Int32Array(Math.max(codes.length * 2, used + t));
      grown.set(codes);
      codes = grown;
    }
    for (let j = 0; j < t; j++) {
      const v = touched[j];
      codes[used++] = v - 1;
      count[v] = 0;
      spend[v] = 0;
    }
    favourite[c] = best - 1;
  }
  offsets[n] = used;
  return { dict: orderDict.slice(1), favourite, offsets, codes: codes.slice(0, used) };
}
