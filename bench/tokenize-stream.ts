/**
 * The command line's path: detect the dialect from the head and windows read at offsets, then
 * stream the file in 1 MB chunks through the normaliser and the tokenizer, converting what RFM needs.
 * Memory stays flat whatever the file size.
 *
 *   npx rolldown bench/tokenize-stream.ts --platform node --format esm -o /tmp/bench-stream.mjs
 *   node --single-threaded-gc /tmp/bench-stream.mjs /work/data/M/orders.csv [runs]
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createCsvTokenizer, type CsvRow } from '../core/import/csv-tokenizer.ts';
import { detectDialect, dialectSampleRanges } from '../core/import/dialect-detect.ts';
import { createByteNormaliser } from '../core/import/byte-normaliser.ts';
import { makeTextDecoder } from '../core/import/text-decoder.ts';
import { ByteInterner } from '../core/import/byte-interner.ts';
import { parseMoneyMinorAt } from '../core/import/values/money.ts';
import { parseDateTimeAt } from '../core/import/values/date-time.ts';
import { parseNumericIdAt } from '../core/import/values/numeric-id.ts';

const file = process.argv[2] ?? '/work/data/M/orders.csv';
const CHUNK = 1 << 20;

function readAt(fd: number, offset: number, length: number): Uint8Array {
  const b = new Uint8Array(length);
  const n = readSync(fd, b, 0, length, offset);
  return b.subarray(0, n);
}

function run(): void {
  const t0 = performance.now();
  const fd = openSync(file, 'r');
  const size = fstatSync(fd).size;
  const [head, ...windows] = dialectSampleRanges(size).map((r) => readAt(fd, r.offset, r.length));
  const dialect = detectDialect(head, file, windows);
  const t1 = performance.now();

  const decode = makeTextDecoder(dialect.encoding);
  const order = dialect.dateOrder ?? 'iso';
  let cap = 1 << 16, n = 0, bad = 0, header = true;
  let orderId = new Float64Array(cap), customer = new Int32Array(cap), time = new Float64Array(cap), amount = new Float64Array(cap);
  const otherIds: string[] = [];
  const customers = new ByteInterner(decode, 1 << 16);
  const col = { id: 0, customer: 1, date: 2, amount: 3 };
  const tokenizer = createCsvTokenizer({
    delimiter: dialect.delimiter,
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
        const o = new Float64Array(cap), c = new Int32Array(cap), t = new Float64Array(cap), a = new Float64Array(cap);
        o.set(orderId), c.set(customer), t.set(time), a.set(amount);
        (orderId = o), (customer = c), (time = t), (amount = a);
      }
      const b = r.bytes;
      const id = parseNumericIdAt(b, r.start(col.id), r.end(col.id));
      if (id !== id) otherIds.push(r.text(col.id));
      const t = parseDateTimeAt(b, r.start(col.date), r.end(col.date), order);
      const a = parseMoneyMinorAt(b, r.start(col.amount), r.end(col.amount), dialect.decimalComma);
      if (t !== t || a !== a) bad++;
      orderId[n] = id;
      customer[n] = customers.intern(b, r.start(col.customer), r.end(col.customer));
      time[n] = t;
      amount[n] = a;
      n++;
    },
  });
  const normaliser = createByteNormaliser(dialect.encoding);
  const chunk = new Uint8Array(CHUNK);
  for (let offset = 0; offset < size; ) {
    const got = readSync(fd, chunk, 0, CHUNK, offset);
    if (got <= 0) break;
    tokenizer.push(normaliser.push(chunk.subarray(0, got)));
    offset += got;
  }
  tokenizer.push(normaliser.end());
  tokenizer.end();
  closeSync(fd);
  const t2 = performance.now();
  let total = 0;
  for (let k = 0; k < n; k++) total += amount[k];
  console.log(`${file}: ${(size / 1e6).toFixed(1)} MB`, JSON.stringify(dialect));
  console.log(`${n} orders, ${customers.size} customers, ${otherIds.length} non-numeric ids, ${bad} bad, total ${(total / 100).toFixed(2)}`);
  console.log(`detect (head + windows): ${(t1 - t0).toFixed(0)} ms; read + tokenize + convert, 1 MB chunks: ${(t2 - t1).toFixed(0)} ms; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
}

const runs = Number(process.argv[3] ?? 1);
for (let k = 0; k < runs; k++) run();
