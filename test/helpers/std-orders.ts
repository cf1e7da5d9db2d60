import { dayNumber } from '../../core/model/dates.ts';
import type { OrderTable } from '../../core/model/orders.ts';

/**
 * Reads the dataset generator's clean std `orders.csv` (no quotes, `,`, ISO timestamps, `.` decimals)
 * into an OrderTable, first row per order id kept, customers numbered in order of appearance.
 * A test fixture only: the product's parser lives in core/import.
 */
export function readStdOrders(text: string): { orders: OrderTable; customerIds: string[] } {
  const lines = text.split('\n');
  const header = lines[0].replace(/\r$/, '').split(',');
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`orders.csv has no ${name} column`);
    return i;
  };
  const [cOrder, cCustomer, cDate, cAmount] = ['order_id', 'customer_id', 'order_date', 'amount'].map(col);
  const seen = new Set<string>();
  const customerIndex = new Map<string, number>();
  const customerIds: string[] = [];
  const orderId: string[] = [];
  const customer: number[] = [];
  const time: number[] = [];
  const amount: number[] = [];
  for (let l = 1; l < lines.length; l++) {
    const line = lines[l].replace(/\r$/, '');
    if (line === '') continue;
    const f = line.split(',');
    if (seen.has(f[cOrder])) continue;
    seen.add(f[cOrder]);
    let c = customerIndex.get(f[cCustomer]);
    if (c === undefined) {
      c = customerIds.length;
      customerIndex.set(f[cCustomer], c);
      customerIds.push(f[cCustomer]);
    }
    orderId.push(f[cOrder]);
    customer.push(c);
    time.push(wallSeconds(f[cDate]));
    amount.push(minorUnits(f[cAmount]));
  }
  return { orders: orderTable(orderId, customer, time, amount), customerIds };
}

/** `YYYY-MM-DDTHH:MM:SS` (or a bare date) as wall-clock seconds since 1970-01-01T00:00:00. */
export function wallSeconds(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (!m) throw new Error(`not an ISO timestamp: ${s}`);
  return dayNumber(+m[1], +m[2], +m[3]) * 86400 + +(m[4] ?? 0) * 3600 + +(m[5] ?? 0) * 60 + +(m[6] ?? 0);
}

/** `1234.5` / `-12.34` / `7` as integer minor units, from the digits (no float arithmetic). */
export function minorUnits(s: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not an amount: ${s}`);
  const v = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -v : v;
}

/** An OrderTable of counted orders with the given columns and empty optional ones. */
export function orderTable(orderId: string[], customer: number[], time: number[], amount: number[], counted?: number[]): OrderTable {
  const n = orderId.length;
  return {
    length: n,
    orderId,
    customer: Int32Array.from(customer),
    time: Float64Array.from(time),
    amount: Float64Array.from(amount),
    counted: counted ? Uint8Array.from(counted) : new Uint8Array(n).fill(1),
    items: new Uint32Array(n),
    currency: new Uint16Array(n),
    channel: new Uint16Array(n),
    category: new Uint16Array(n),
    dict: { currency: [''], channel: [''], category: [''] },
    updatedAt: new Float64Array(n),
  };
}
