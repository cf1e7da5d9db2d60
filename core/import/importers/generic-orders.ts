import { headerHits, mapColumns } from '../column-map.ts';
import { timeOf } from '../cells.ts';
import { emptyPatch } from '../parsed-import.ts';
import { OrderSink } from '../order-reader.ts';
import { statusCounts } from '../order-status.ts';
import { RejectLog } from '../rejects.ts';
import { ORDER_SYNONYMS } from '../synonyms.ts';
import { hasStrayQuote } from '../csv-table.ts';
import { IdIndexes } from '../id-indexes.ts';
import { ByteOrderKeys } from '../order-id-keys.ts';
import { parseDateTimeAt, parseMoneyMinorAt } from '../values.ts';
import type { CsvRow } from '../csv-tokenizer.ts';
import type { ImporterContext, ImporterResult, Importer } from './importer.ts';
import type { CsvSource } from '../table.ts';

/** One order per row, identified by an order id; the customer by id, email or phone. */
export const genericOrders: Importer = {
  id: 'generic-orders',
  label: 'Orders (CSV or JSON)',
  kind: 'orders',
  detect(headers) {
    const m = mapColumns(headers, 'orders', ORDER_SYNONYMS);
    const has = (f: string) => m.columns.some((c) => c.field === f);
    if (!has('orderId') || !(has('amount') || has('netAmount')) || !has('orderDate')) return 0;
    return has('customerId') || has('email') || has('phone') ? 0.45 : 0.3;
  },
  map: (headers) => mapColumns(headers, 'orders', ORDER_SYNONYMS),
  async read(ctx) {
    const log = new RejectLog(ctx.file);
    const sink = new OrderSink(ctx, log);
    const fast = ctx.table.csv && !ctx.noFastPath && fastPathFits(sink);
    return fast && ctx.table.csv ? readFast(ctx.table.csv, sink) : readRows(ctx, sink);
  },
};

/** Headers that look like an orders file at all (used to tell generic customers from orders). */
export const looksLikeOrders = (headers: readonly string[]): boolean =>
  headerHits(headers, ['order_id', 'order id', 'order number', 'номер заказа', 'order_date', 'order date', 'дата заказа']) > 0;

async function readRows(ctx: ImporterContext, sink: OrderSink): Promise<ImporterResult> {
  const c = {
    id: sink.col('orderId'), date: sink.col('orderDate'), amount: sink.col('amount'), net: sink.col('netAmount'),
    refunded: sink.col('refundedAmount'), status: sink.col('status'), financial: sink.col('financialStatus'),
    cancelled: sink.col('cancelledAt'), currency: sink.col('currency'), channel: sink.col('channel'),
    category: sink.col('category'), items: sink.col('items'),
  };
  const quoteCols = [c.id, sink.col('customerId'), c.date, c.amount, c.net, c.currency, c.channel, c.category, c.items];
  let rows = 0;
  await ctx.table.forEachRow((row) => {
    rows++;
    const id = sink.orderIdOf(row);
    if (id === '') return;
    const customer = sink.customerOf(row);
    if (customer < 0) return;
    const time = sink.timeOf(row, c.date);
    if (Number.isNaN(time)) return;
    let amount: number;
    if (c.net >= 0 && row.text(c.net).trim() !== '') amount = sink.moneyOf(row, c.net);
    else {
      amount = sink.moneyOf(row, c.amount);
      if (!Number.isNaN(amount) && c.refunded >= 0) {
        const refunded = sink.moneyOf(row, c.refunded, true);
        if (Number.isNaN(refunded)) return;
        amount = Math.max(0, amount - refunded);
      }
    }
    if (Number.isNaN(amount)) return;
    const counted = statusCounts(c.status >= 0 ? row.text(c.status) : '')
      && statusCounts(c.financial >= 0 ? row.text(c.financial) : '')
      && (c.cancelled < 0 || row.text(c.cancelled).trim() === '');
    sink.strayQuoteCheck(row, quoteCols);
    sink.builder.push(row.line, id, customer, time, amount, counted, sink.itemsOf(row, c.items),
      sink.dictOf(row, c.currency, 'currencies'), sink.dictOf(row, c.channel, 'channels'), sink.dictOf(row, c.category, 'categories'));
  });
  return { rows, customers: sink.customers, orders: sink.builder.finish(), rejected: sink.log.rows };
}

/** The byte-level path covers the generator's shape: ids, date, amount and plain dictionary columns. */
function fastPathFits(sink: OrderSink): boolean {
  const needs = ['orderId', 'customerId', 'orderDate', 'amount'] as const;
  const cannot = ['email', 'phone', 'fullName', 'fullNameLastFirst', 'netAmount', 'refundedAmount', 'status',
    'financialStatus', 'cancelledAt'] as const;
  return needs.every((f) => sink.col(f) >= 0) && cannot.every((f) => sink.col(f) < 0);
}

const QUOTE = 0x22, APOSTROPHE = 0x27;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;
/** First non-space byte of [s, e), also skipping Excel's leading `'` when `apostrophe`. */
function trimStart(b: Uint8Array, s: number, e: number, apostrophe: boolean): number {
  while (s < e && isSpace(b[s])) s++;
  if (apostrophe) while (s < e && b[s] === APOSTROPHE) s++;
  return s;
}
function trimEnd(b: Uint8Array, s: number, e: number): number {
  while (e > s && isSpace(b[e - 1])) e--;
  return e;
}

/**
 * Reads straight from the bytes (the tokenizer gives each field's unescaped content as a byte range):
 * values are parsed in place, dictionary columns and customer ids go through byte interners, and the
 * only string made per row is the order id. Rows holding a quote are checked for stray quotes.
 */
async function readFast(csv: CsvSource, sink: OrderSink): Promise<ImporterResult> {
  const { ctx, builder, log } = sink;
  const order = ctx.dateOrder, comma = ctx.decimalComma;
  const cId = sink.col('orderId'), cCust = sink.col('customerId'), cDate = sink.col('orderDate'), cAmount = sink.col('amount');
  const cCur = sink.col('currency'), cCh = sink.col('channel'), cCat = sink.col('category'), cItems = sink.col('items');
  const checked = [cId, cCust, cDate, cAmount, cCur, cCh, cCat, cItems].filter((c) => c >= 0);
  const customers = sink.customers;
  // Customer ids are short keys repeated over many rows, mostly numbered (see IdIndexes).
  const custIds = new IdIndexes(csv.decode);
  const orderKeys = new ByteOrderKeys();
  const decode = csv.decode;
  const { currencies, channels, categories } = builder;
  let rows = 0, bytes: Uint8Array | undefined, nextQuote = -1, lastLo = 0;
  const text = (row: CsvRow, i: number) => row.text(i).trim();

  await csv.forEachCsvRow((row, line) => {
    rows++;
    const b = row.bytes;
    // Past the row's last field, start() and end() are 0: an empty value.
    let s = trimStart(b, row.start(cId), row.end(cId), true), e = trimEnd(b, s, row.end(cId));
    if (s === e) { log.reject(line, sink.header(cId), '', 'missing_order_id', 'The order id is empty.'); return; }
    const id = decode(b, s, e);
    const idStart = s, idEnd = e;
    s = trimStart(b, row.start(cCust), row.end(cCust), true); e = trimEnd(b, s, row.end(cCust));
    if (s === e) {
      log.reject(line, sink.header(cCust), '', 'missing_customer_id', 'The order has no customer id, email or phone.');
      return;
    }
    const customer = custIds.intern(b, s, e);
    if (customer === customers.length) {
      const p = emptyPatch(line);
      p.sourceId = custIds.value(customer);
      customers.push(p);
    }
    let time = parseDateTimeAt(b, row.start(cDate), row.end(cDate), order);
    if (Number.isNaN(time)) {
      const raw = text(row, cDate);
      if (raw !== '') time = timeOf(raw, order); // zones, date-only values
      if (Number.isNaN(time)) {
        log.reject(line, sink.header(cDate), raw, 'unparsable_date',
          raw === '' ? 'The order date is empty.' : `Not a date in the file's date order (${order}).`);
        return;
      }
    }
    const amount = parseMoneyMinorAt(b, row.start(cAmount), row.end(cAmount), comma);
    if (!(amount >= 0)) { sink.checkMoney(line, cAmount, text(row, cAmount), amount); return; }
    // The next quote in the buffer, found once per stretch of quote-free rows rather than per row;
    // forgotten when the rows move to another buffer (a row carried over a chunk, a rebuilt row).
    const lo = row.start(0), hi = row.end(row.length - 1);
    if (b !== bytes || lo < lastLo) { bytes = b; nextQuote = -1; }
    lastLo = lo;
    if (nextQuote < lo) { const q = b.indexOf(QUOTE, lo); nextQuote = q === -1 ? b.length : q; }
    if (nextQuote < hi) {
      for (const c of checked) {
        if (c < row.length && hasStrayQuote(row, c)) {
          log.warn(line, sink.header(c), row.text(c), 'stray_quote', 'An unbalanced quote inside the value; the value is kept as written.');
          break;
        }
      }
    }
    let items = 0;
    if (cItems >= 0) {
      s = trimStart(b, row.start(cItems), row.end(cItems), false); e = trimEnd(b, s, row.end(cItems));
      for (let k = s; k < e; k++) {
        const d = b[k] - 48;
        if (d < 0 || d > 9) { items = sink.itemsOfText(line, cItems, text(row, cItems)); break; }
        items = items * 10 + d;
      }
    }
    let cur = 0, ch = 0, cat = 0;
    if (cCur >= 0) { s = trimStart(b, row.start(cCur), row.end(cCur), false); cur = currencies.intern(b, s, trimEnd(b, s, row.end(cCur))); }
    if (cCh >= 0) { s = trimStart(b, row.start(cCh), row.end(cCh), false); ch = channels.intern(b, s, trimEnd(b, s, row.end(cCh))); }
    if (cCat >= 0) { s = trimStart(b, row.start(cCat), row.end(cCat), false); cat = categories.intern(b, s, trimEnd(b, s, row.end(cCat))); }
    builder.push(line, id, customer, time, amount, true, items, cur, ch, cat);
    orderKeys.add(b, idStart, idEnd);
  });
  return { rows, customers, orders: builder.finish(orderKeys.result()), rejected: log.rows };
}

