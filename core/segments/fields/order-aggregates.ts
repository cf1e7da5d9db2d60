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

interface Entry { orders: OrderTable; length: number; customers: number; byDay: Map<number, OrderAggregates> }
const cache = new WeakMap<Dataset, Entry>();

/**
 * Per-customer favourite and bought categories and channels over the counted orders up to `today`
 * of live customers, as RFM counts them. Several fields read them, so they are built once per
 * dataset and as-of day (orders grouped by customer with a counting sort: linear, no hashing).
 */
export function orderAggregates(ds: Dataset, today: number): OrderAggregates {
  let entry = cache.get(ds);
  if (!entry || entry.orders !== ds.orders || entry.length !== ds.orders.length || entry.customers !== ds.customers.length) {
    entry = { orders: ds.orders, length: ds.orders.length, customers: ds.customers.length, byDay: new Map() };
    cache.set(ds, entry);
  }
  let agg = entry.byDay.get(today);
  if (!agg) {
    agg = build(ds, today);
    entry.byDay.set(today, agg);
  }
  return agg;
}

function build(ds: Dataset, today: number): OrderAggregates {
  const rows = ordersByCustomer(ds, today);
  return {
    category: aggregate(ds.orders, ds.orders.category, ds.orders.dict.category, rows),
    channel: aggregate(ds.orders, ds.orders.channel, ds.orders.dict.channel, rows),
  };
}

interface Grouped { start: Int32Array; rows: Int32Array }

/** Row numbers of each customer's counted orders up to `today`: rows[start[c] .. start[c+1]). */
export function ordersByCustomer(ds: Dataset, today: number): Grouped {
  const n = ds.customers.length;
  const live = new Uint8Array(n);
  for (let c = 0; c < n; c++) live[c] = ds.customers[c].deleted ? 0 : 1;
  const { length, customer, time, counted } = ds.orders;
  const start = new Int32Array(n + 1);
  const limit = (today + 1) * 86400; // an order counts when its day ≤ today, i.e. time < (today + 1) days
  for (let i = 0; i < length; i++) {
    const c = customer[i];
    if (counted[i] === 1 && time[i] < limit && c >= 0 && c < n && live[c] === 1) start[c + 1]++;
  }
  for (let c = 0; c < n; c++) start[c + 1] += start[c];
  const next = start.slice(0, n);
  const rows = new Int32Array(start[n]);
  for (let i = 0; i < length; i++) {
    const c = customer[i];
    if (counted[i] === 1 && time[i] < limit && c >= 0 && c < n && live[c] === 1) rows[next[c]++] = i;
  }
  return { start, rows };
}

function aggregate(orders: OrderTable, column: Uint16Array, orderDict: string[], { start, rows }: Grouped): DictAggregate {
  const n = start.length - 1;
  const size = orderDict.length;
  const count = new Int32Array(size);
  const spend = new Float64Array(size);
  const touched: number[] = [];
  const favourite = new Int32Array(n).fill(-1);
  const offsets = new Int32Array(n + 1);
  let codes = new Int32Array(Math.max(16, n));
  let used = 0;
  for (let c = 0; c < n; c++) {
    offsets[c] = used;
    for (let k = start[c]; k < start[c + 1]; k++) {
      const row = rows[k];
      const v = column[row];
      if (v === 0) continue; // no category / channel written
      if (count[v] === 0) touched.push(v);
      count[v]++;
      spend[v] += orders.amount[row];
    }
    if (touched.length === 0) continue;
    touched.sort((a, b) => a - b);
    let best = touched[0];
    for (const v of touched) if (count[v] > count[best] || (count[v] === count[best] && spend[v] > spend[best])) best = v;
    for (const v of touched) {
      if (used === codes.length) {
        const grown = new Int32Array(codes.length * 2);
        grown.set(codes);
        codes = grown;
      }
      codes[used++] = v - 1;
      count[v] = 0;
      spend[v] = 0;
    }
    favourite[c] = best - 1;
    touched.length = 0;
  }
  offsets[n] = used;
  return { dict: orderDict.slice(1), favourite, offsets, codes: codes.slice(0, used) };
}
