/**
 * Tokenizes an orders CSV and converts what RFM needs (order id → string, customer id → interned
 * index, date → wall seconds, amount → minor units), single-threaded, whole buffer in memory.
 *
 *   npx rolldown bench/tokenize.ts --platform node --format esm -o /tmp/bench-tokenize.mjs
 *   node /tmp/bench-tokenize.mjs /work/data/M/orders.csv
 */
import { readFileSync } from 'node:fs';
import { tokenizeCsv, type CsvRow } from '../core/import/csv-tokenizer.ts';
import { detectDialect } from '../core/import/dialect-detect.ts';
import { normaliseBytes } from '../core/import/byte-normaliser.ts';
import { makeTextDecoder } from '../core/import/text-decoder.ts';
import { ByteInterner } from '../core/import/byte-interner.ts';
import { parseMoneyMinorAt } from '../core/import/values/money.ts';
import { parseDateTimeAt } from '../core/import/values/date-time.ts';

const file = process.argv[2] ?? '/work/data/M/orders.csv';
const raw = new Uint8Array(readFileSync(file));

for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  const dialect = detectDialect(raw, file);
  const t1 = performance.now();
  const bytes = normaliseBytes(raw, dialect.encoding);
  const decode = makeTextDecoder(dialect.encoding);
  const order = dialect.dateOrder ?? 'iso';
  const cap = 1 << 20;
  let n = 0;
  let orderIds: string[] = new Array(cap);
  let customer = new Int32Array(cap);
  let time = new Float64Array(cap);
  let amount = new Float64Array(cap);
  const customers = new ByteInterner(decode, 1 << 17);
  let bad = 0;
  let header = true;
  const cols = { id: 0, customer: 1, date: 2, amount: 3 };
  tokenizeCsv(bytes, {
    delimiter: dialect.delimiter,
    file,
    decode,
    onRow(r: CsvRow) {
      if (header) {
        header = false;
        for (let i = 0; i < r.length; i++) {
          const h = r.text(i);
          if (h === 'order_id') cols.id = i;
          else if (h === 'customer_id') cols.customer = i;
          else if (h === 'order_date') cols.date = i;
          else if (h === 'amount') cols.amount = i;
        }
        return;
      }
      if (n === time.length) {
        const grow = <T extends Float64Array | Int32Array>(a: T, b: T): T => (b.set(a), b);
        customer = grow(customer, new Int32Array(n * 2));
        time = grow(time, new Float64Array(n * 2));
        amount = grow(amount, new Float64Array(n * 2));
        orderIds.length = n * 2;
      }
      const b = r.bytes;
      const t = parseDateTimeAt(b, r.start(cols.date), r.end(cols.date), order);
      const a = parseMoneyMinorAt(b, r.start(cols.amount), r.end(cols.amount), dialect.decimalComma);
      if (t !== t || a !== a) bad++;
      orderIds[n] = r.text(cols.id);
      customer[n] = customers.intern(b, r.start(cols.customer), r.end(cols.customer));
      time[n] = t;
      amount[n] = a;
      n++;
    },
  });
  const t2 = performance.now();
  let sum = 0;
  for (let k = 0; k < n; k++) sum += amount[k];
  console.log(
    `run ${run}: detect ${(t1 - t0).toFixed(0)} ms, tokenize+convert ${(t2 - t1).toFixed(0)} ms; ${n} orders, ${customers.size} customers, ${bad} bad, total ${(sum / 100).toFixed(2)}, ` +
      `${JSON.stringify({ ...dialect })}, first ${orderIds[0]} ${customers.values[customer[0]]}`,
  );
}
