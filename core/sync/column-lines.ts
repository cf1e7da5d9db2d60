import type { Dataset } from '../model/dataset.ts';
import { extraFieldsOf, type SyncExtras } from './sync-extras.ts';
import type { Customer } from '../model/customer.ts';
import { CUSTOMER_ORDER } from './restore-records.ts';
import type { CampaignsLine, CustomersLine, OrdersLine } from './sync-format.ts';

type Column = ArrayLike<number>;

/** Row `rows[k]` (or row k when `rows` is undefined) of each column, for `k` in [start, end). */
function take(col: Column, rows: readonly number[] | undefined, start: number, end: number): number[] {
  const out = new Array<number>(end - start);
  for (let k = start; k < end; k++) out[k - start] = col[rows ? rows[k] : k];
  return out;
}

/**
 * A column of whole numbers as `{ d: [first, second - first, …] }`: times and write times of orders
 * are close to one another, so their deltas are short (a quarter less text to write, hash, zip and
 * parse for M). Any other column stays a plain array.
 */
export function deltaColumn(values: number[]): number[] | { d: number[] } {
  const d = new Array<number>(values.length);
  let prev = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isSafeInteger(v) || !Number.isSafeInteger(v - prev)) return values;
    d[i] = v - prev;
    prev = v;
  }
  return { d };
}

const CANONICAL_INTEGER = /^(?:0|[1-9]\d{0,15})$/;

/**
 * Order ids that are all canonical decimal integers (what most shops and CRMs use) as deltas,
 * `{ n: [first, second - first, …] }`; read back with String(), so only ids that print the same qualify.
 */
export function idColumn(ids: string[]): string[] | { n: number[] } {
  const n = new Array<number>(ids.length);
  let prev = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (!CANONICAL_INTEGER.test(id)) return ids;
    const v = Number(id);
    if (!Number.isSafeInteger(v)) return ids;
    n[i] = v - prev;
    prev = v;
  }
  return { n };
}

/** Unknown columns kept from a newer file (SyncExtras), one value per row, null where a row has none. */
function extraColumns(extras: SyncExtras | undefined, kind: 'orders' | 'campaigns', keys: string[]): Record<string, unknown[]> {
  const byKey = extras?.fields[kind];
  if (!byKey || Object.keys(byKey).length === 0) return {};
  const out: Record<string, unknown[]> = {};
  keys.forEach((key, k) => {
    for (const [name, value] of Object.entries(extraFieldsOf(extras, kind, key) ?? {})) (out[name] ??= new Array(keys.length).fill(null))[k] = value;
  });
  return out;
}

export function* orderLines(ds: Dataset, rows: readonly number[] | undefined, chunk: number, extras?: SyncExtras): Generator<OrdersLine> {
  const t = ds.orders;
  const n = rows ? rows.length : t.length;
  const ids = ds.customers;
  for (let start = 0; start < n; start += chunk) {
    const end = Math.min(n, start + chunk);
    const orderId = new Array<string>(end - start);
    const customer = new Array<string>(end - start);
    for (let k = start; k < end; k++) {
      const i = rows ? rows[k] : k;
      orderId[k - start] = t.orderId[i];
      customer[k - start] = ids[t.customer[i]].id;
    }
    yield {
      ...extraColumns(extras, 'orders', orderId),
      k: 'orders', dict: t.dict, orderId: idColumn(orderId), customer,
      time: deltaColumn(take(t.time, rows, start, end)), amount: take(t.amount, rows, start, end), counted: take(t.counted, rows, start, end),
      items: take(t.items, rows, start, end), currency: take(t.currency, rows, start, end), channel: take(t.channel, rows, start, end),
      category: take(t.category, rows, start, end), updatedAt: deltaColumn(take(t.updatedAt, rows, start, end)),
    };
  }
}

/** Campaign rows are keyed by campaign name and customer id (`name\u0000id`) in SyncExtras. */
export const campaignKey = (name: string, customerId: string): string => `${name}\u0000${customerId}`;

export function* campaignLines(ds: Dataset, rows: readonly number[] | undefined, chunk: number, extras?: SyncExtras): Generator<CampaignsLine> {
  const t = ds.campaigns;
  if (!t) return;
  const n = rows ? rows.length : t.length;
  for (let start = 0; start < n; start += chunk) {
    const end = Math.min(n, start + chunk);
    const customer = new Array<string>(end - start);
    const keys = new Array<string>(end - start);
    for (let k = start; k < end; k++) {
      const i = rows ? rows[k] : k;
      customer[k - start] = ds.customers[t.customer[i]].id;
      keys[k - start] = campaignKey(t.names[t.campaign[i]], customer[k - start]);
    }
    yield {
      ...extraColumns(extras, 'campaigns', keys),
      k: 'campaigns', names: t.names, campaign: take(t.campaign, rows, start, end), customer,
      events: take(t.events, rows, start, end), revenue: take(t.revenue, rows, start, end), cost: take(t.cost, rows, start, end),
      updatedAt: deltaColumn(take(t.updatedAt, rows, start, end)),
    };
  }
}

/**
 * Customers as rows aligned with `fields` (absent = null, trailing nulls left out): field names are
 * written once a line instead of once a customer, half the text of a customer for M.
 */
export function customerTuples(customers: readonly Customer[]): CustomersLine {
  const fields = [...CUSTOMER_ORDER];
  const known = new Set(fields);
  for (const c of customers) for (const k of Object.keys(c)) if (!known.has(k)) { known.add(k); fields.push(k); }
  const rows = customers.map((c) => {
    const x = c as unknown as Record<string, unknown>;
    const row = fields.map((f) => x[f] ?? null);
    let n = row.length;
    while (n > 0 && row[n - 1] === null) n--;
    row.length = n;
    return row;
  });
  return { k: 'customers', fields, rows };
}
