/**
 * Times of the sync file on dataset M in Node (issue #6 targets, in Chromium: export ≤ 2 s, read and
 * merge ≤ 3 s):
 *   npx rolldown bench/sync-node.ts --platform node --format esm -o bench/data/sync-node.mjs
 *   node --expose-gc bench/data/sync-node.mjs [/work/data/M]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDataset } from '../core/engine/empty-dataset.ts';
import { mergeImports } from '../core/import/merge.ts';
import { readImport } from '../core/import/read-import.ts';
import { applyMerge } from '../core/sync/apply-merge.ts';
import { exportSync } from '../core/sync/export-sync.ts';
import { planMerge } from '../core/sync/plan-merge.ts';
import { readSync } from '../core/sync/read-sync.ts';

const dir = process.argv[2] ?? '/work/data/M';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
// The machine may be shared: CPU time (all threads of the process) says more than wall time then.
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let c0 = 0;
const cpuSince = () => `${(cpu() - c0).toFixed(0)} ms CPU`;
const mb = () => `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB heap, ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB rss`;

const parsed = [];
for (const name of ['customers.csv', 'orders.csv']) parsed.push(await readImport(new Uint8Array(readFileSync(join(dir, name))), name));
const ds = { ...(await mergeImports(emptyDataset(), parsed)).dataset, settings: { ...emptyDataset().settings, deviceId: 'bench' } };
parsed.length = 0;
const state = { segments: [], schemes: [], snapshots: [] };
gc();
console.log(`${ds.customers.length} customers, ${ds.orders.length} orders; ${mb()}`);

let t = performance.now();
c0 = cpu();
const chunks: Uint8Array[] = [];
let peak = 0;
const reader = exportSync(ds, state).getReader();
for (let r = await reader.read(); !r.done; r = await reader.read()) { chunks.push(r.value); peak = Math.max(peak, process.memoryUsage().heapUsed); }
const exportMs = performance.now() - t;
const bytes = chunks.reduce((n, c) => n + c.length, 0);
console.log(`export      ${exportMs.toFixed(0)} ms (${cpuSince()}), ${(bytes / 2 ** 20).toFixed(1)} MB file; peak ${(peak / 2 ** 20).toFixed(0)} MB heap`);

const stream = () => new ReadableStream<Uint8Array>({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
gc();
t = performance.now();
c0 = cpu();
const incoming = await readSync(stream());
const readMs = performance.now() - t;
console.log(`read        ${readMs.toFixed(0)} ms (${cpuSince()}); ${mb()}`);

for (const [label, local] of [['into empty', { ds: emptyDataset(), state }], ['into itself', { ds, state }]] as const) {
  t = performance.now();
  c0 = cpu();
  const plan = planMerge(local, incoming);
  const planMs = performance.now() - t;
  const planCpu = cpuSince();
  c0 = cpu();
  t = performance.now();
  const result = applyMerge(local, plan);
  const applyMs = performance.now() - t;
  console.log(`${label.padEnd(11)} plan ${planMs.toFixed(0)} ms (${planCpu}), apply ${applyMs.toFixed(0)} ms (${cpuSince()}) (changed: ${result.changed}); read+merge ${(readMs + planMs + applyMs).toFixed(0)} ms`);
}
