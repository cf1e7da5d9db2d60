import { CustomerTable, type CustomerTableParts } from './customer-table.ts';
import { createFastCsvRows } from './fast-csv-rows.ts';
import { dayAt, minorAt } from './fast-values.ts';
import { OrderIdSet, type OrderIdSetParts } from './order-id-set.ts';
import { PendingOrders } from './pending-orders.ts';
import { utf8CustomerTable } from './utf8-customer-table.ts';
import type { CsvRow } from '../import/csv-tokenizer.ts';
import type { TextDecodeFn } from '../import/text-decoder.ts';
import { parseNumericIdAt } from '../import/values/numeric-id.ts';
import type { DateOrder, Delimiter, RejectedRow } from '../import/types.ts';

/** Which columns of a plain orders table the batch scorer reads, and how to read them. */
export interface BatchColumns {
  file: string;
  delimiter: Delimiter;
  decimalComma: boolean;
  dateOrder: DateOrder;
  header: string[];
  orderId: number;
  customerId: number;
  date: number;
  amount: number;
  asOfDay: number;
}

/**
 * Aggregates of one byte range of an orders file. Order ids are de-duplicated by "equal to the previous
 * id" while every id is a canonical integer and ids never decrease — what sorted exports look like — which
 * needs no set of 10M ids. A range that breaks this reports `monotonic: false` and the caller reads the
 * ranges again with `dedup: 'set'`, which keeps the range's ids (`orderIds`). In adjacent mode the
 * range's first accepted row is left out of the sums (`first`) so the caller can drop it when the
 * previous range ended with the same id.
 */
export interface PartialAggregate {
  /** Customers with their orders on or before the as-of day, keyed by the UTF-8 bytes of their id. */
  customers: CustomerTableParts;
  /** The range's first accepted row, never included in the sums. */
  first?: {
    key: number;
    /** Index in `customers` when `counted` (on or before the as-of day), else -1. */
    customer: number;
    day: number;
    amount: number;
    counted: boolean;
    /** How to report the row when the previous range ended with the same order id. */
    duplicate: RejectedRow;
  };
  lastKey: number;
  monotonic: boolean;
  rows: number;
  /** Physical lines consumed (to number the lines of the next range). */
  lines: number;
  duplicates: number;
  /** The first {@link MAX_REJECTED_KEPT} rejected rows, lines relative to the range. */
  rejected: RejectedRow[];
  rejectedTotal: number;
  /** With `dedup: 'set'`: the range's order ids, to find ids that earlier ranges hold too. */
  orderIds?: OrderIdSetParts;
}

export type Dedup = 'adjacent' | 'set';

export interface PartialAggregator {
  push(chunk: Uint8Array): void;
  /** Returns false once an adjacent-dedup range turned out non-monotonic (stop feeding it). */
  readonly ok: boolean;
  /** Throws ImportError when the data ends inside a quoted value. */
  finish(): PartialAggregate;
}

export const MAX_REJECTED_KEPT = 100_000;

export function createPartialAggregator(
  cols: BatchColumns,
  opts: {
    dedup: Dedup;
    skipHeader: boolean;
    firstLine: number;
    decode: TextDecodeFn;
    expectedCustomers?: number;
    expectedOrders?: number;
    /** With `dedup: 'set'`: ids counted in an earlier range; their rows here are repeats. */
    excluded?: OrderIdSetParts;
  },
): PartialAggregator {
  const customers = new CustomerTable(opts.expectedCustomers);
  const seen = opts.dedup === 'set' ? new OrderIdSet(opts.expectedOrders) : undefined;
  const excluded = opts.excluded && OrderIdSet.adopt(opts.excluded);
  const rejected: RejectedRow[] = [];
  let rejectedTotal = 0;
  let first: PartialAggregate['first'];
  let prevKey = NaN;
  let monotonic = true;
  let rows = 0;
  let duplicates = 0;
  let headerPending = opts.skipHeader;
  const lineBase = opts.firstLine - 1;
  const { orderId, customerId, date, amount: amountCol, asOfDay, dateOrder, decimalComma } = cols;
  const need = Math.max(orderId, customerId, date, amountCol);

  const rejection = (row: CsvRow, col: number, code: string, reason: string): RejectedRow => ({
    file: cols.file,
    line: row.line + lineBase,
    column: cols.header[col],
    value: col < row.length ? row.text(col) : '',
    code,
    reason,
  });
  const keep = (r: RejectedRow): void => {
    if (rejectedTotal++ < MAX_REJECTED_KEPT) rejected.push(r);
  };
  const pending =
    seen &&
    new PendingOrders(seen, excluded, customers, asOfDay, (line, key) => {
      duplicates++;
      // The id is a canonical whole number: its text is String(key).
      keep({ file: cols.file, line: line + lineBase, column: cols.header[orderId], value: String(key), code: 'duplicate_order_id', reason: DUPLICATE });
    });
  const reject = (row: CsvRow, col: number, code: string, reason: string): void => {
    pending?.flush(); // queued rows come first
    keep(rejection(row, col, code, reason));
  };

  const onRow = (row: CsvRow): void | false => {
    if (headerPending) {
      headerPending = false;
      return;
    }
    rows++;
    if (row.length <= need) {
      reject(row, Math.min(row.length, need), 'missing_columns', `the row has ${row.length} columns, the header ${cols.header.length}`);
      return;
    }
    const buf = row.bytes;
    const os = row.start(orderId), oe = row.end(orderId);
    if (os === oe) return reject(row, orderId, 'missing_order_id', 'the order id is empty');
    const cs = row.start(customerId), ce = row.end(customerId);
    if (cs === ce) return reject(row, customerId, 'missing_customer_id', 'the customer id is empty');
    const day = dayAt(buf, row.start(date), row.end(date), dateOrder);
    if (day !== day) return reject(row, date, 'unparsable_date', 'not a valid date');
    const amount = minorAt(buf, row.start(amountCol), row.end(amountCol), decimalComma);
    if (amount !== amount) return reject(row, amountCol, 'text_amount', 'not a number');
    if (amount < 0) return reject(row, amountCol, 'negative_amount', 'a negative amount (a return?) is not an order');

    const key = parseNumericIdAt(buf, os, oe);
    if (seen) {
      if (key === key && pending!.add(key, row.line, buf, cs, ce, day, amount)) return;
      pending!.flush();
      let fresh: boolean;
      if (key === key) fresh = !excluded?.hasNumber(key) && seen.addNumber(key);
      else {
        const t = utf8Of(buf, os, oe, opts.decode);
        fresh = !excluded?.hasText(t.bytes, t.start, t.end) && seen.addText(t.bytes, t.start, t.end);
      }
      if (!fresh) {
        duplicates++;
        return reject(row, orderId, 'duplicate_order_id', DUPLICATE);
      }
    } else {
      if (key !== key || key < prevKey) {
        monotonic = false;
        return false;
      }
      if (key === prevKey) {
        duplicates++;
        return reject(row, orderId, 'duplicate_order_id', DUPLICATE);
      }
      prevKey = key;
    }

    const counted = day <= asOfDay;
    if (!first && !seen) {
      const customer = counted ? customers.indexAt(customers.slot(buf, cs, ce)) : -1;
      first = { key, customer, day, amount, counted, duplicate: rejection(row, orderId, 'duplicate_order_id', DUPLICATE) };
      return;
    }
    if (counted) customers.queueOrder(buf, cs, ce, day, amount);
  };

  const reader = createFastCsvRows({ delimiter: cols.delimiter, file: cols.file, decode: opts.decode, onRow, fields: need + 1 });
  return {
    push(chunk) {
      if (monotonic) reader.push(chunk);
    },
    get ok() {
      return monotonic;
    },
    finish() {
      if (monotonic) reader.end();
      pending?.flush();
      customers.flush();
      let table = customers;
      if (table.highBytes) {
        const utf8 = utf8CustomerTable(table, opts.decode);
        table = utf8.table;
        if (first && first.customer >= 0) first.customer = utf8.index[first.customer];
      }
      return {
        customers: table.parts(),
        first,
        lastKey: prevKey,
        monotonic,
        rows,
        lines: reader.lines,
        duplicates,
        rejected,
        rejectedTotal,
        orderIds: seen?.parts(),
      };
    },
  };
}

const DUPLICATE = 'this order id appeared on an earlier row; only the first is counted';

const encoder = new TextEncoder();

/** The UTF-8 of the text of bytes [s, e): the bytes themselves when ASCII. */
function utf8Of(b: Uint8Array, s: number, e: number, decode: TextDecodeFn): { bytes: Uint8Array; start: number; end: number } {
  let k = s;
  while (k < e && b[k] < 0x80) k++;
  if (k === e) return { bytes: b, start: s, end: e };
  const bytes = encoder.encode(decode(b, s, e));
  return { bytes, start: 0, end: bytes.length };
}
