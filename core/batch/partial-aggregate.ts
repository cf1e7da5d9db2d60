import { ByteInterner } from '../import/byte-interner.ts';
import { createCsvTokenizer, type CsvRow } from '../import/csv-tokenizer.ts';
import { parseDateTimeAt } from '../import/values/date-time.ts';
import { parseMoneyMinorAt } from '../import/values/money.ts';
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
 * needs no set of 10M ids. A range that breaks this reports `monotonic: false` and the caller redoes the
 * file exactly with `dedup: 'set'`. In adjacent mode the range's first accepted row is left out of the
 * sums (`first`) so the caller can drop it when the previous range ended with the same id.
 */
export interface PartialAggregate {
  customerIds: string[];
  lastDay: Int32Array;
  count: Int32Array;
  sum: Float64Array;
  /** The range's first accepted row, never included in the sums (`counted`: on or before the as-of day). */
  first?: { key: number; customer: number; day: number; amount: number; counted: boolean };
  lastKey: number;
  monotonic: boolean;
  rows: number;
  /** Physical lines consumed (to number the lines of the next range). */
  lines: number;
  duplicates: number;
  rejected: RejectedRow[];
}

export type Dedup = 'adjacent' | 'set';

export interface PartialAggregator {
  push(chunk: Uint8Array): void;
  /** Returns false once an adjacent-dedup range turned out non-monotonic (stop feeding it). */
  readonly ok: boolean;
  finish(): PartialAggregate;
}

const MAX_REJECTED_KEPT = 100_000;

export function createPartialAggregator(
  cols: BatchColumns,
  opts: { dedup: Dedup; skipHeader: boolean; firstLine: number; decode: (b: Uint8Array, s: number, e: number) => string },
): PartialAggregator {
  const customers = new ByteInterner(opts.decode, 1 << 16);
  let lastDay: Int32Array = new Int32Array(1 << 16).fill(-2147483648);
  let count: Int32Array = new Int32Array(1 << 16);
  let sum: Float64Array = new Float64Array(1 << 16);
  const seen = opts.dedup === 'set' ? new Set<number | string>() : undefined;
  const rejected: RejectedRow[] = [];
  let rejectedTotal = 0;
  let first: PartialAggregate['first'];
  let prevKey = NaN;
  let monotonic = true;
  let rows = 0;
  let duplicates = 0;
  let headerPending = opts.skipHeader;
  let lastLine = 0;
  const lineBase = opts.firstLine - 1;
  const need = Math.max(cols.orderId, cols.customerId, cols.date, cols.amount);

  const reject = (row: CsvRow, col: number, code: string, reason: string) => {
    rejectedTotal++;
    if (rejected.length >= MAX_REJECTED_KEPT) return;
    rejected.push({
      file: cols.file,
      line: row.line + lineBase,
      column: cols.header[col],
      value: col < row.length ? row.text(col) : '',
      code,
      reason,
    });
  };

  const onRow = (row: CsvRow): void | false => {
    lastLine = row.line;
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
    const os = row.start(cols.orderId), oe = row.end(cols.orderId);
    if (os === oe) return reject(row, cols.orderId, 'missing_order_id', 'the order id is empty');
    const cs = row.start(cols.customerId), ce = row.end(cols.customerId);
    if (cs === ce) return reject(row, cols.customerId, 'missing_customer_id', 'the customer id is empty');
    const seconds = parseDateTimeAt(buf, row.start(cols.date), row.end(cols.date), cols.dateOrder);
    if (seconds !== seconds) return reject(row, cols.date, 'unparsable_date', 'not a valid date');
    const amount = parseMoneyMinorAt(buf, row.start(cols.amount), row.end(cols.amount), cols.decimalComma);
    if (amount !== amount) return reject(row, cols.amount, 'text_amount', 'not a number');
    if (amount < 0) return reject(row, cols.amount, 'negative_amount', 'a negative amount (a return?) is not an order');

    let key: number | string = parseNumericIdAt(buf, os, oe);
    if (seen) {
      if (key !== key) key = opts.decode(buf, os, oe);
      if (seen.has(key)) {
        duplicates++;
        return reject(row, cols.orderId, 'duplicate_order_id', 'this order id appeared on an earlier row; only the first is counted');
      }
      seen.add(key);
    } else {
      if (key !== key || key < prevKey) {
        monotonic = false;
        return false;
      }
      if (key === prevKey) {
        duplicates++;
        return reject(row, cols.orderId, 'duplicate_order_id', 'this order id appeared on an earlier row; only the first is counted');
      }
      prevKey = key;
    }

    const c = customers.intern(buf, cs, ce);
    if (c >= count.length) {
      lastDay = growInt(lastDay, -2147483648);
      count = growInt(count, 0);
      sum = growFloat(sum);
    }
    const day = Math.floor(seconds / 86400);
    if (!first && !seen) {
      first = { key: key as number, customer: c, day, amount, counted: day <= cols.asOfDay };
      return;
    }
    if (day > cols.asOfDay) return;
    if (day > lastDay[c]) lastDay[c] = day;
    count[c]++;
    sum[c] += amount;
  };

  const tokenizer = createCsvTokenizer({ delimiter: cols.delimiter, file: cols.file, decode: opts.decode, onRow });
  return {
    push(chunk) {
      if (monotonic) tokenizer.push(chunk);
    },
    get ok() {
      return monotonic;
    },
    finish() {
      if (monotonic) tokenizer.end();
      const n = customers.size;
      if (rejectedTotal > rejected.length) {
        rejected.push({ file: cols.file, line: 0, value: '', code: 'too_many_rejected', reason: `${rejectedTotal - rejected.length} more rejected rows not listed` });
      }
      return {
        customerIds: customers.values(),
        lastDay: lastDay.slice(0, n),
        count: count.slice(0, n),
        sum: sum.slice(0, n),
        first,
        lastKey: prevKey,
        monotonic,
        rows,
        lines: lastLine,
        duplicates,
        rejected,
      };
    },
  };
}

function growInt(a: Int32Array, fill: number): Int32Array {
  const next = new Int32Array(a.length * 2).fill(fill);
  next.set(a);
  return next;
}

function growFloat(a: Float64Array): Float64Array {
  const next = new Float64Array(a.length * 2);
  next.set(a);
  return next;
}
