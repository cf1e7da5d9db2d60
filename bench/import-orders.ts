/**
 * Reads (and optionally merges) an orders CSV through the import's semantic layer.
 *
 *   npx rolldown bench/import-orders.ts --platform node --format esm -o /tmp/bench-import.mjs
 *   node /tmp/bench-import.mjs /work/data/M/orders.csv [/work/data/M/customers.csv]
 */
import { readFileSync } from 'node:fs';
import { mergeImport } from '../core/import/merge.ts';
import { readImport } from '../core/import/read-import.ts';
import type { Dataset } from '../core/model/dataset.ts';

const ordersFile = process.argv[2] ?? '/work/data/M/orders.csv';
const customersFile = process.argv[3];
const orders = new Uint8Array(readFileSync(ordersFile));
const customers = customersFile ? new Uint8Array(readFileSync(customersFile)) : undefined;

const empty: Dataset = {
  customers: [],
  orders: {
    length: 0, orderId: [], customer: new Int32Array(0), time: new Float64Array(0), amount: new Float64Array(0),
    counted: new Uint8Array(0), items: new Uint32Array(0), currency: new Uint16Array(0), channel: new Uint16Array(0),
    category: new Uint16Array(0), dict: { currency: [''], channel: [''], category: [''] }, updatedAt: new Float64Array(0),
  },
  imports: [],
  settings: { rfm: { asOf: '2026-11-01', classes: 5, recency: { kind: 'quantile' }, frequency: { kind: 'quantile' },
    monetary: { kind: 'quantile' }, segmentMap: { segments: [], cells: [] } }, defaultPhoneCountry: 'RU', updatedAt: 0 },
};

let best = Infinity;
for (let run = 0; run < (customers ? 3 : 7); run++) {
  let t = performance.now();
  const po = await readImport(orders, 'orders.csv');
  const readOrders = performance.now() - t;
  best = Math.min(best, readOrders);
  let line = `read orders ${readOrders.toFixed(0)} ms (${po.orders?.length ?? 0} orders)`;
  if (customers) {
    t = performance.now();
    const pc = await readImport(customers, 'customers.csv');
    const readCustomers = performance.now() - t;
    t = performance.now();
    const m1 = await mergeImport(empty, pc);
    const mergeCustomers = performance.now() - t;
    t = performance.now();
    const m2 = await mergeImport(m1.dataset, po);
    const mergeOrders = performance.now() - t;
    t = performance.now();
    const m3 = await mergeImport(m2.dataset, po);
    const reimport = performance.now() - t;
    line += `, read customers ${readCustomers.toFixed(0)}, merge customers ${mergeCustomers.toFixed(0)}, merge orders ${mergeOrders.toFixed(0)} (${m2.dataset.orders.length}), re-import ${reimport.toFixed(0)} (${m3.record.counts.ordersDuplicate} duplicates)`;
  }
  console.log(line);
}
console.log(`best read orders ${best.toFixed(0)} ms`);
