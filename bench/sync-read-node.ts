/**
 * Read and merge into an empty device only (issue #6: ≤ 3 s in Chromium), on a sync file written once:
 *   npx rolldown bench/sync-read-node.ts --platform node --format esm -o bench/data/sync-read-node.mjs
 *   node --expose-gc bench/data/sync-read-node.mjs [/work/data/M]   (add --cpu-prof for a profile)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDataset } from '../core/engine/empty-dataset.ts';
import { mergeImports } from '../core/import/merge.ts';
import { readImport } from '../core/import/read-import.ts';
import { applyMerge } from '../core/sync/apply-merge.ts';
import { exportSync } from '../core/sync/export-sync.ts';
import { planMerge } from '../core/sync/plan-merge.ts';
import { readSync } from '../core/sync/read-sync.ts';

const dir = process.argv[2] ?? '/work/data/M';
const file = join('bench/data', `sync-${dir.split('/').pop()}.segmenta`);
const state = { segments: [], schemes: [], snapshots: [] };
if (!existsSync(file)) {
  const parsed = [];
  for (const name of ['customers.csv', 'orders.csv']) parsed.push(await readImport(new Uint8Array(readFileSync(join(dir, name))), name));
  const ds = { ...(await mergeImports(emptyDataset(), parsed)).dataset, settings: { ...emptyDataset().settings, deviceId: 'bench' } };
  writeFileSync(file, new Uint8Array(await new Response(exportSync(ds, state)).arrayBuffer()));
}
const bytes = readFileSync(file);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let run = 0; run < 2; run++) {
  gc();
  const c0 = cpu(), t0 = performance.now();
  const incoming = await readSync(new Blob([bytes]).stream());
  const t1 = performance.now();
  const local = { ds: emptyDataset(), state };
  const plan = planMerge(local, incoming);
  const t2 = performance.now();
  const result = applyMerge(local, plan);
  const t3 = performance.now();
  console.log(`read ${(t1 - t0).toFixed(0)} ms, plan ${(t2 - t1).toFixed(0)} ms, apply ${(t3 - t2).toFixed(0)} ms; total ${(t3 - t0).toFixed(0)} ms (${(cpu() - c0).toFixed(0)} ms CPU); ${result.ds.customers.length} customers, ${result.ds.orders.length} orders`);
}
