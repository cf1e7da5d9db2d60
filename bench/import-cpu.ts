/**
 * CPU time of the import's steps on the command line (the machine is often shared: CPU time moves far
 * less than wall time with the load). Reads customers.csv, then orders.csv, then merges both into an
 * empty dataset, as the engine does; the files' hashes are left out (the browser computes them in a
 * worker of their own). Run with --single-threaded-gc so that garbage collection counts too.
 *
 *   npx rolldown bench/import-cpu.ts --platform node --format esm -o dist/import-cpu.mjs
 *   node --single-threaded-gc dist/import-cpu.mjs /work/data/M [runs]
 */
import { readFileSync } from 'node:fs';
import { mergeImports } from '../core/import/merge.ts';
import { readImport } from '../core/import/read-import.ts';
import { emptyDataset } from '../core/engine/empty-dataset.ts';
import type { ParsedImport } from '../core/import/parsed-import.ts';

const dir = process.argv[2] ?? '/work/data/M';
const runs = Number(process.argv[3] ?? 7);
const files = ['customers.csv', 'orders.csv'].map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${dir}/${name}`)) }));
const cpu: Record<string, number[]> = {};
const wall: Record<string, number[]> = {};

async function step<T>(name: string, f: () => Promise<T>): Promise<T> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await f();
  const c = process.cpuUsage(c0);
  (cpu[name] ??= []).push((c.user + c.system) / 1000);
  (wall[name] ??= []).push(performance.now() - t0);
  return r;
}

for (let run = 0; run < runs; run++) {
  const parsed: ParsedImport[] = [];
  for (const f of files) parsed.push(await step(`read ${f.name}`, () => readImport(f.bytes, f.name, { contentHash: Promise.resolve('') })));
  await step('merge', () => mergeImports(emptyDataset(), parsed, { consume: true }));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const k of Object.keys(cpu)) {
  console.log(`${k.padEnd(20)} cpu median ${median(cpu[k]).toFixed(0).padStart(5)} ms (best ${Math.min(...cpu[k]).toFixed(0)})   wall median ${median(wall[k]).toFixed(0).padStart(5)} ms`);
}
