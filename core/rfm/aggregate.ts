import type { OrderTable } from '../model/orders.ts';
import type { RfmInput } from './types.ts';

export interface Aggregate {
  input: RfmInput;
  /** Day numbers of each customer's first and last counted order up to the as-of day; -1 when none. */
  firstDay: Int32Array;
  lastDay: Int32Array;
}

/**
 * Per-customer RFM inputs in one pass over the order columns (shared/spec/rfm.md, "Per customer"):
 * counted orders only, on their wall-clock calendar day, none after `asOfDay`. The table holds one
 * row per order id, so frequency is a row count. Monetary sums integer minor units in doubles,
 * exact while totals stay below 2^53 (≈ 9·10^13 in major units). Customers without a counted
 * order keep frequency 0, recency 0 and monetary 0, and are not scored.
 */
export function aggregateOrders(orders: OrderTable, customerCount: number, asOfDay: number): Aggregate {
  const recencyDays = new Int32Array(customerCount);
  const frequency = new Int32Array(customerCount);
  const monetary = new Float64Array(customerCount);
  const firstDay = new Int32Array(customerCount).fill(-1);
  const lastDay = new Int32Array(customerCount).fill(-1);
  const { length, customer, time, amount, counted } = orders;
  for (let i = 0; i < length; i++) {
    if (counted[i] !== 1) continue;
    const day = Math.floor(time[i] / 86400);
    if (!(day <= asOfDay)) continue; // also skips a NaN time
    const c = customer[i];
    if (c < 0 || c >= customerCount) throw new RangeError(`Order ${orders.orderId[i]} refers to customer ${c}, outside 0..${customerCount - 1}.`);
    if (frequency[c] === 0) {
      firstDay[c] = day;
      lastDay[c] = day;
    } else if (day < firstDay[c]) firstDay[c] = day;
    else if (day > lastDay[c]) lastDay[c] = day;
    frequency[c]++;
    monetary[c] += amount[i];
  }
  for (let c = 0; c < customerCount; c++) if (frequency[c] > 0) recencyDays[c] = asOfDay - lastDay[c];
  return { input: { count: customerCount, recencyDays, frequency, monetary }, firstDay, lastDay };
}
