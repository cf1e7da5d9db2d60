import type { Customer } from '../model/customer.ts';
import type { OrderTable } from '../model/orders.ts';
import { withEveryField, type CustomerIndex } from './codec-customers.ts';
import { StoreCorruptError } from './errors.ts';
import type { CustomerEditRecord, OrderEditRecord, OrderRow } from './records.ts';

/** Row `i` of the table as a plain object (what putOrderEdit stores). */
export function orderRowAt(t: OrderTable, i: number): OrderRow {
  return {
    orderId: t.orderId[i],
    customer: t.customer[i],
    time: t.time[i],
    amount: t.amount[i],
    counted: t.counted[i],
    items: t.items[i],
    currency: t.dict.currency[t.currency[i]],
    channel: t.dict.channel[t.channel[i]],
    category: t.dict.category[t.category[i]],
    updatedAt: t.updatedAt[i],
  };
}

/**
 * Checks that edits (sorted by index, as IndexedDB returns them) either replace an existing row
 * or append right after the last one, and returns how many rows they append.
 */
function appendedBy(edits: readonly { index: number }[], length: number, what: string): number {
  let next = length;
  for (const e of edits) {
    if (e.index > next || e.index < 0 || !Number.isInteger(e.index)) {
      throw new StoreCorruptError(`A saved ${what} change refers to position ${e.index}, but only ${next} exist`);
    }
    if (e.index === next) next++;
  }
  return next - length;
}

/** Replaces and appends edited customers in place. */
export function applyCustomerEdits(customers: Customer[], edits: readonly CustomerEditRecord[]): void {
  appendedBy(edits, customers.length, 'customer');
  for (const e of edits) customers[e.index] = withEveryField(e.customer);
}

/** The identity index with edited customers applied (a copy when there are edits). */
export function overlayIndex(index: CustomerIndex, edits: readonly CustomerEditRecord[]): CustomerIndex {
  if (edits.length === 0) return index;
  appendedBy(edits, index.ids.length, 'customer');
  const out = { ids: index.ids.slice(), emails: index.emails.slice(), phones: index.phones.slice() };
  for (const { index: i, customer } of edits) {
    out.ids[i] = customer.id;
    out.emails[i] = customer.emails;
    out.phones[i] = customer.phones;
  }
  return out;
}

/** The table with edited orders applied: in place, or in a grown copy when orders were added. */
export function applyOrderEdits(t: OrderTable, edits: readonly OrderEditRecord[]): OrderTable {
  if (edits.length === 0) return t;
  const added = appendedBy(edits, t.length, 'order');
  const out = added === 0 ? t : grown(t, t.length + added);
  for (const { index: i, order } of edits) {
    out.orderId[i] = order.orderId;
    out.customer[i] = order.customer;
    out.time[i] = order.time;
    out.amount[i] = order.amount;
    out.counted[i] = order.counted;
    out.items[i] = order.items;
    out.currency[i] = dictIndex(out.dict.currency, order.currency);
    out.channel[i] = dictIndex(out.dict.channel, order.channel);
    out.category[i] = dictIndex(out.dict.category, order.category);
    out.updatedAt[i] = order.updatedAt;
  }
  return out;
}

function dictIndex(dict: string[], value: string): number {
  let i = dict.indexOf(value);
  if (i < 0) {
    i = dict.push(value) - 1;
    if (i > 0xffff) throw new StoreCorruptError('More than 65536 distinct values in an order column dictionary');
  }
  return i;
}

function grown(t: OrderTable, length: number): OrderTable {
  const copy = <A extends Int32Array | Float64Array | Uint8Array | Uint32Array | Uint16Array>(a: A, make: (n: number) => A): A => {
    const b = make(length);
    b.set(a);
    return b;
  };
  const orderId = t.orderId.slice();
  orderId.length = length;
  return {
    length,
    orderId,
    customer: copy(t.customer, (n) => new Int32Array(n)),
    time: copy(t.time, (n) => new Float64Array(n)),
    amount: copy(t.amount, (n) => new Float64Array(n)),
    counted: copy(t.counted, (n) => new Uint8Array(n)),
    items: copy(t.items, (n) => new Uint32Array(n)),
    currency: copy(t.currency, (n) => new Uint16Array(n)),
    channel: copy(t.channel, (n) => new Uint16Array(n)),
    category: copy(t.category, (n) => new Uint16Array(n)),
    dict: t.dict,
    updatedAt: copy(t.updatedAt, (n) => new Float64Array(n)),
  };
}
