/**
 * Tokenizes an orders CSV and converts what RFM needs — order id → string, customer id → interned
 * index, date → wall seconds, amount → minor units — single-threaded, whole file in memory.
 * Prints the best and median of several runs (the machine is shared: the best is the cost; CPU
 * time is less sensitive to other processes, `--single-threaded-gc` keeps GC on this thread).
 *
 *   npx rolldown bench/tokenize.ts --platform node --format esm -o /tmp/bench-tokenize.mjs
 *   node --single-threaded-gc /tmp/bench-tokenize.mjs /work/data/M/orders.csv [runs] [string|intern|none]
 */
import { readFileSync } from 'node:fs';
import { tokenizeCsv, type CsvRow } from '../core/import/csv-tokenizer.ts';
import { detectDialect } from '../core/import/dialect-detect.ts';
import { normaliseBytes } from '../core/import/byte-normaliser.ts';
import { makeTextDecoder } from '../core/import/text-decoder.ts';
import { ByteInterner } from '../core/import/byte-interner.ts';
import { parseMoneyMinorAt } from '../core/import/values/money.ts';
import { parseDateTimeAt } from '../core/import/values/date-time.ts';
import { parseNumericIdAt } from '../core/import/values/numeric-id.ts';
import type { Dialect } from '../core/import/types.ts';

const file = process.argv[2] ?? '/work/data/M/orders.csv';
const runs = Number(process.argv[3] ?? 7);
/**
 * How order ids are kept: `string` (decoded), `number` (canonical numeric ids as numbers, others
 * decoded), `intern` (deduplicated by bytes, never decoded) or `none`.
 */
const ids = process.argv[4] ?? 'string';
const raw = new Uint8Array(readFileSync(file));

function tokenizeOnly(bytes: Uint8Array, d: Dialect): number {
  let fields = 0;
  tokenizeCsv(bytes, { delimiter: d.delimiter, file, onRow: (r) => void (fields += r.length) });
  return fields;
}

function convert(bytes: Uint8Array, d: Dialect) {
  const decode = makeTextDecoder(d.encoding);
  const order = d.dateOrder ?? 'iso';
  let n = 0;
  let cap = 1 << 16;
  let orderIds: string[] = new Array(cap);
  let customer = new Int32Array(cap);
  let time = new Float64Array(cap);
  let amount = new Float64Array(cap);
  const customers = new ByteInterner(decode, 1 << 16);
  const orderKeys = new ByteInterner(decode, 1 << 16);
  const orderIx = new Int32Array(ids === 'intern' ? 1 << 21 : 0);
  const orderNum = new Float64Array(ids === 'number' ? 1 << 21 : 0);
  let duplicates = 0;
  let bad = 0;
  let header = true;
  const col = { id: 0, customer: 1, date: 2, amount: 3 };
  tokenizeCsv(bytes, {
    delimiter: d.delimiter,
    file,
    decode,
    onRow(r: CsvRow) {
      if (header) {
        header = false;
        for (let i = 0; i < r.length; i++) {
          const h = r.text(i);
          if (h === 'order_id') col.id = i;
          else if (h === 'customer_id') col.customer = i;
          else if (h === 'order_date') col.date = i;
          else if (h === 'amount') col.amount = i;
        }
        return;
      }
      if (n === cap) {
        cap *= 2;
        orderIds.length = cap;
        const c = new Int32Array(cap), t = new Float64Array(cap), a = new Float64Array(cap);
        c.set(customer), t.set(time), a.set(amount);
        (customer = c), (time = t), (amount = a);
      }
      const b = r.bytes;
      const t = parseDateTimeAt(b, r.start(col.date), r.end(col.date), order);
      const a = parseMoneyMinorAt(b, r.start(col.amount), r.end(col.amount), d.decimalComma);
      if (t !== t || a !== a) bad++;
      if (ids === 'string') orderIds[n] = r.text(col.id);
      else if (ids === 'number') {
        const v = parseNumericIdAt(b, r.start(col.id), r.end(col.id));
        if (v === v) orderNum[n] = v;
        else orderIds[n] = r.text(col.id);
      } else if (ids === 'intern') {
        const ix = orderKeys.intern(b, r.start(col.id), r.end(col.id));
        if (ix < orderKeys.size - 1) duplicates++;
        orderIx[n] = ix;
      }
      customer[n] = customers.intern(b, r.start(col.customer), r.end(col.customer));
      time[n] = t;
      amount[n] = a;
      n++;
    },
  });
  let total = 0;
  for (let k = 0; k < n; k++) total += amount[k];
  const firstId = ids === 'string' ? orderIds[0] : ids === 'intern' ? orderKeys.value(orderIx[0]) : ids === 'number' ? String(orderNum[0]) : '-';
  return { n, customers: customers.size, duplicates, bad, total: (total / 100).toFixed(2), first: `${firstId} ${customers.value(customer[0])}` };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `best ${s[0].toFixed(0)} ms, median ${s[s.length >> 1].toFixed(0)} ms`;
};
const detectT: number[] = [], tokT: number[] = [], convT: number[] = [], convCpu: number[] = [];
let summary = {};
let dialect: Dialect | undefined;
for (let run = 0; run < runs; run++) {
  let t = performance.now();
  dialect = detectDialect(raw, file);
  detectT.push(performance.now() - t);
  const bytes = normaliseBytes(raw, dialect.encoding);
  t = performance.now();
  tokenizeOnly(bytes, dialect);
  tokT.push(performance.now() - t);
  t = performance.now();
  const cpu = process.cpuUsage();
  summary = convert(bytes, dialect);
  convT.push(performance.now() - t);
  const used = process.cpuUsage(cpu);
  convCpu.push((used.user + used.system) / 1000);
}
console.log(`${file}: ${(raw.length / 1e6).toFixed(1)} MB`, JSON.stringify(dialect), JSON.stringify(summary));
console.log(`detect dialect:      ${stats(detectT)}`);
console.log(`tokenize only:       ${stats(tokT)}`);
console.log(`tokenize + convert (order ids: ${ids}): ${stats(convT)} (CPU time, all threads: ${stats(convCpu)})`);
console.log(`rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
