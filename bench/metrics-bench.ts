/**
 * Time of the CLV fit and of metrics for 20 segments on a generator dataset (issue #3 targets:
 * CLV fit ≤ 2 s in the worker; 20 segments fast). Imports the files as the engine does, scores
 * them as of the dataset's as-of date, then times each step.
 *
 *   npx rolldown bench/metrics-bench.ts --platform node --format esm -o dist/metrics-bench.mjs
 *   node dist/metrics-bench.mjs /work/data/M [runs]
 */
import { readFileSync } from 'node:fs';
import { computeScores } from '../core/engine/compute-scores.ts';
import { emptyDataset } from '../core/engine/empty-dataset.ts';
import { mergeImports } from '../core/import/merge.ts';
import { readImport } from '../core/import/read-import.ts';
import type { ParsedImport } from '../core/import/parsed-import.ts';
import { fitClvModel } from '../core/metrics/clv.ts';

const dir = process.argv[2] ?? '/work/data/M';
const runs = Number(process.argv[3] ?? 3);
const meta = JSON.parse(readFileSync(`${dir}/meta.json`, 'utf8')) as { args: { asOf: string } };
const parsed: ParsedImport[] = [];
for (const name of ['customers.csv', 'orders.csv']) {
  parsed.push(await readImport(new Uint8Array(readFileSync(`${dir}/${name}`)), name, { contentHash: Promise.resolve('') }));
}
const { dataset: data } = await mergeImports(emptyDataset(), parsed, { consume: true });
const settings = { ...data.settings.rfm, asOf: meta.args.asOf };
const scores = computeScores(data, settings);
console.log(`${data.customers.length} customers, ${data.orders.length} orders, as of ${settings.asOf}`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const clvMs: number[] = [];
for (let run = 0; run < runs; run++) {
  const fit = await fitClvModel(data, scores);
  if (!fit.ok) throw new Error(fit.message);
  clvMs.push(fit.ms);
  if (run === 0) console.log(JSON.stringify({ bgNbd: fit.bgNbd, gammaGamma: fit.gammaGamma, groups: fit.groups, buyers: fit.buyers, convergence: fit.convergence }));
}
console.log(`CLV fit: median ${median(clvMs).toFixed(0)} ms (best ${Math.min(...clvMs).toFixed(0)}) over ${runs} runs`);
