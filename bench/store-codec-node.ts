/**
 * Encode/decode time and encoded size of the storage chunks for a CRM-sized dataset, in Node.
 * Reads a generated dataset folder (customers.csv + orders.csv, see /work/shared/datasets), maps
 * it with a minimal parser (not the app's importer), then times the codecs.
 *   npx rolldown bench/store-codec-node.ts --platform node --format esm -o bench/data/store-codec.mjs
 *   node --expose-gc bench/data/store-codec.mjs /work/data/M
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { decodeCustomerKeys, decodeCustomers, encodeCustomers } from '../core/data/codec-customers.ts';
import { decodeOrders, encodeOrders } from '../core/data/codec-orders.ts';
import { decodeScores, encodeScores } from '../core/data/codec-scores.ts';
import { encodedSize } from '../core/data/encoded-size.ts';
import type { Customer } from '../core/model/customer.ts';
import type { CustomerScores } from '../core/model/dataset.ts';
import { dayOfIso } from '../core/model/dates.ts';
import type { OrderTable } from '../core/model/orders.ts';

function rows(file: string): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line) continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    out.push(cells);
  }
  return out;
}

function phone(raw: string): string[] {
  let d = raw.replace(/\D/g, '');
  if (!d) return [];
  if (d.length === 11 && d[0] === '8') d = '7' + d.slice(1);
  return ['+' + d];
}

function load(dir: string): { customers: Customer[]; orders: OrderTable; scores: CustomerScores } {
  const importedAt = Date.now();
  const byId = new Map<string, number>();
  const customers = rows(join(dir, 'customers.csv')).map((r, i): Customer => {
    const [id, email, tel, first, last, gender, birth, city, region, country, language, signup, device, interests, consent, nps] = r;
    byId.set(id, i);
    const c: Customer = {
      id, externalIds: [id], emails: email ? [email.toLowerCase()] : [], phones: phone(tel),
      tags: interests ? interests.split('|') : [], attributes: {}, updatedAt: importedAt,
    };
    if (first) c.firstName = first;
    if (last) c.lastName = last;
    if (gender === 'M' || gender === 'F') c.gender = gender;
    if (birth) c.birthDate = birth;
    if (city) c.city = city;
    if (region) c.region = region;
    if (country) c.country = country;
    if (language) c.language = language;
    if (signup) c.signupDate = signup;
    if (device) c.device = device;
    if (consent) c.consent = consent === 'true';
    if (nps) c.nps = +nps;
    return c;
  });
  const o = rows(join(dir, 'orders.csv'));
  const n = o.length;
  const dict = { currency: [''], channel: [''], category: [''] };
  const code = (d: string[], v: string) => {
    const i = d.indexOf(v);
    return i >= 0 ? i : d.push(v) - 1;
  };
  const orders: OrderTable = {
    length: n, orderId: new Array(n), customer: new Int32Array(n), time: new Float64Array(n), amount: new Float64Array(n),
    counted: new Uint8Array(n).fill(1), items: new Uint32Array(n), currency: new Uint16Array(n), channel: new Uint16Array(n),
    category: new Uint16Array(n), dict, updatedAt: new Float64Array(n).fill(importedAt),
  };
  o.forEach(([id, cust, date, amount, currency, channel, category, items], i) => {
    orders.orderId[i] = id;
    orders.customer[i] = byId.get(cust)!;
    const [d, t] = date.split('T');
    const [hh, mm, ss] = t.split(':').map(Number);
    orders.time[i] = dayOfIso(d)! * 86400 + hh * 3600 + mm * 60 + ss;
    orders.amount[i] = Math.round(+amount * 100);
    orders.items[i] = +items;
    orders.currency[i] = code(dict.currency, currency);
    orders.channel[i] = code(dict.channel, channel);
    orders.category[i] = code(dict.category, category);
  });
  return { customers, orders, scores: fakeScores(customers.length, orders) };
}

/** Plausible per-customer values (not the real RFM) with the shapes and ranges of real scores. */
function fakeScores(n: number, t: OrderTable): CustomerScores {
  const frequency = new Int32Array(n);
  const monetary = new Float64Array(n);
  const lastDay = new Int32Array(n).fill(-1);
  const firstDay = new Int32Array(n).fill(-1);
  for (let i = 0; i < t.length; i++) {
    const c = t.customer[i];
    const day = Math.floor(t.time[i] / 86400);
    frequency[c]++;
    monetary[c] += t.amount[i];
    if (firstDay[c] < 0) firstDay[c] = day;
    lastDay[c] = day;
  }
  const asOf = dayOfIso('2026-11-01')!;
  const recencyDays = Int32Array.from(lastDay, (d) => (d < 0 ? 0 : asOf - d));
  const cls = (v: number, max: number) => (v === 0 ? 0 : 1 + Math.min(4, Math.floor((5 * v) / (max + 1))));
  const r = Uint8Array.from(recencyDays, (d, i) => (frequency[i] ? 5 - cls(d, 1100) + 1 : 0));
  const f = Uint8Array.from(frequency, (v) => cls(v, 30));
  const m = Uint8Array.from(monetary, (v) => cls(v, 5e6));
  const fm = Uint8Array.from(f, (v, i) => Math.floor((v + m[i]) / 2));
  const segment = Int16Array.from(r, (v, i) => (v ? (v * 7 + fm[i]) % 10 : -1));
  const settings = { asOf: '2026-11-01', classes: 5, recency: { kind: 'quantile' as const }, frequency: { kind: 'quantile' as const }, monetary: { kind: 'quantile' as const }, segmentMap: { segments: [], cells: [] } };
  return {
    input: { count: n, recencyDays, frequency, monetary },
    scores: { r, f, m, fm, segment, scored: r.filter((v) => v > 0).length, settings },
    firstDay, lastDay, computedAt: Date.now(),
  };
}

function time<T>(label: string, f: () => T, times: Record<string, number>): T {
  const t0 = performance.now();
  const v = f();
  times[label] = Math.round(performance.now() - t0);
  return v;
}

const dir = process.argv[2] ?? '/work/data/M';
const only = process.argv[3];
const { customers, orders, scores } = load(dir);
const results: Record<string, number>[] = [];
(globalThis as { gc?: () => void }).gc?.();
if (only) {
  // Profiling aid: repeat one codec step.
  for (let run = 0; run < 8; run++) {
    const t: Record<string, number> = {};
    if (only === 'orders') time('encode orders', () => encodeOrders(orders), t);
    if (only === 'customers') time('encode customers', () => encodeCustomers(customers), t);
    if (only === 'decode-orders') {
      const oc = encodeOrders(orders);
      time('decode orders', () => decodeOrders(oc, orders.dict), t);
    }
    if (only === 'encode-loaded') {
      const { keys, rest } = encodeCustomers(customers);
      const loaded = decodeCustomers(rest, decodeCustomerKeys(keys));
      (globalThis as { gc?: () => void }).gc?.();
      time('encode customers (as loaded)', () => encodeCustomers(loaded), t);
    }
    if (only === 'decode-customers') {
      const { keys, rest } = encodeCustomers(customers);
      time('decode customers', () => decodeCustomers(rest, decodeCustomerKeys(keys)), t);
    }
    console.log(t);
  }
  process.exit(0);
}
const RUNS = 7;
for (let run = 0; run < RUNS; run++) {
  const t: Record<string, number> = {};
  const oc = time('encode orders', () => encodeOrders(orders), t);
  const { keys: kc, rest: cc } = time('encode customers (as parsed)', () => encodeCustomers(customers), t);
  const sc = time('encode scores', () => encodeScores(scores), t);
  const idx = time('decode customer keys', () => decodeCustomerKeys(kc), t);
  time('decode scores', () => decodeScores(sc.header, sc.chunks), t);
  const decoded = time('decode customers', () => decodeCustomers(cc, idx), t);
  time('decode orders', () => decodeOrders(oc, orders.dict), t);
  (globalThis as { gc?: () => void }).gc?.(); // the decoded orders above are garbage now: collect outside the timing
  time('encode customers (as loaded)', () => encodeCustomers(decoded), t);
  if (run === 0) {
    const mb = (x: unknown) => +(encodedSize(x) / 1e6).toFixed(2);
    const size: Record<string, number> = { orders: mb(oc), 'customer keys': mb(kc), customers: mb(cc), scores: mb(sc.chunks) };
    size.total = +(size.orders + size['customer keys'] + size.customers + size.scores).toFixed(2);
    // V8's serializer is what Chromium's IndexedDB stores (before its own compression, if any).
    const v8mb = (recs: object[]) => +(recs.reduce((s, r) => s + serialize(r).length, 0) / 1e6).toFixed(2);
    const serialized: Record<string, number> = { orders: v8mb(oc), 'customer keys': v8mb(kc), customers: v8mb(cc), scores: v8mb(sc.chunks) };
    serialized.total = +(serialized.orders + serialized['customer keys'] + serialized.customers + serialized.scores).toFixed(2);
    console.log('V8-serialized MB', serialized);
    const perColumn: Record<string, number> = {};
    for (const k of Object.keys(oc[0]) as (keyof (typeof oc)[0])[]) perColumn[k] = +(oc.reduce((s, c) => s + encodedSize(c[k]), 0) / 1e6).toFixed(2);
    const custColumns: Record<string, number> = {};
    for (const k of Object.keys(cc[0]) as (keyof (typeof cc)[0])[]) custColumns[k] = +(cc.reduce((s, c) => s + encodedSize(c[k]), 0) / 1e6).toFixed(3);
    for (const k of Object.keys(kc[0]) as (keyof (typeof kc)[0])[]) custColumns['key.' + k] = +(kc.reduce((s, c) => s + encodedSize(c[k]), 0) / 1e6).toFixed(3);
    console.log(`${customers.length} customers, ${orders.length} orders`);
    console.log('encoded MB', size);
    console.log('order columns MB', perColumn);
    console.log('customer columns MB', custColumns);
  }
  results.push(t);
  (globalThis as { gc?: () => void }).gc?.();
}
const median: Record<string, string> = {};
for (const k of Object.keys(results[0])) {
  const xs = results.slice(1).map((r) => r[k]).sort((a, b) => a - b);
  median[k] = `${xs[xs.length >> 1]} ms (min ${xs[0]}, max ${xs[xs.length - 1]})`;
}
console.log(`median of runs 2..${RUNS}`, median);
