/** Runs in Chromium (bundled by bench/sync-browser.mjs): export, read and merge of a synthetic M dataset. */
import { emptyDataset } from '../core/engine/empty-dataset.ts';
import { applyMerge } from '../core/sync/apply-merge.ts';
import { exportSync } from '../core/sync/export-sync.ts';
import { planMerge } from '../core/sync/plan-merge.ts';
import { readSync } from '../core/sync/read-sync.ts';
import { sampleDataset } from '../test/data/sample-dataset.ts';

async function bench(customers: number, orders: number): Promise<Record<string, number>> {
  const ds = { ...sampleDataset(customers, orders, 7), settings: { ...emptyDataset().settings, deviceId: 'bench' } };
  const state = { segments: [], schemes: [], snapshots: [] };
  let t = performance.now();
  const chunks: Uint8Array[] = [];
  const reader = exportSync(ds, state).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  const exportMs = performance.now() - t;
  const stream = () => new ReadableStream<Uint8Array>({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
  t = performance.now();
  const incoming = await readSync(stream());
  const readMs = performance.now() - t;
  t = performance.now();
  const local = { ds: emptyDataset(), state };
  const plan = planMerge(local, incoming);
  const planEmptyMs = performance.now() - t;
  t = performance.now();
  applyMerge(local, plan);
  const applyEmptyMs = performance.now() - t;
  t = performance.now();
  const plan2 = planMerge({ ds, state }, incoming);
  const planSelfMs = performance.now() - t;
  applyMerge({ ds, state }, plan2);
  return { exportMs, bytes: chunks.reduce((n, c) => n + c.length, 0), readMs, planEmptyMs, applyEmptyMs, planSelfMs };
}

(globalThis as { syncBench?: typeof bench }).syncBench = bench;
