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
import { campaignMetrics } from '../core/metrics/campaign-metrics.ts';
import { fitClvModel } from '../core/metrics/clv.ts';
import type { CampaignTable } from '../core/model/campaigns.ts';
import { metricsBase } from '../core/metrics/metrics-base.ts';
import { personaBase } from '../core/metrics/persona-base.ts';
import { personaSummary } from '../core/metrics/persona.ts';
import { segmentMetrics } from '../core/metrics/segment-metrics.ts';
import { SeededRandom } from '../core/demo/seeded-random.ts';
import { add, emptySet, fullSet, type MemberSet } from '../core/segments/member-set.ts';

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

// 20 segments: the 11 RFM segments, everyone, and 8 random sets from 5 % to 90 % of customers.
const size = data.customers.length;
const sets: MemberSet[] = scores.scores.settings.segmentMap.segments.map(() => emptySet(size));
scores.scores.segment.forEach((seg, c) => seg >= 0 && add(sets[seg], c));
sets.push(fullSet(size));
const rng = new SeededRandom(1);
for (const density of [0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9]) {
  const s = emptySet(size);
  for (let c = 0; c < size; c++) if (rng.next() < density) add(s, c);
  sets.push(s);
}
const lastFit = await fitClvModel(data, scores);
// A synthetic campaign file (M has none): 10 campaigns, each sent to a random half of the customers.
const rows = 10 * (size >> 1);
const table: CampaignTable = {
  length: rows,
  campaign: Int32Array.from({ length: rows }, (_, i) => i % 10),
  names: Array.from({ length: 10 }, (_, i) => `Campaign ${i + 1}`),
  customer: Int32Array.from({ length: rows }, () => Math.floor(rng.next() * size)),
  events: Uint8Array.from({ length: rows }, () => 1 | (rng.next() < 0.3 ? 2 : 0) | (rng.next() < 0.05 ? 8 : 0)),
  revenue: Float64Array.from({ length: rows }, () => (rng.next() < 0.05 ? 300000 : 0)),
  cost: new Float64Array(rows).fill(500),
  updatedAt: new Float64Array(rows),
};
const timings: Record<string, number[]> = {};
const time = <T>(name: string, f: () => T): T => {
  const t0 = performance.now();
  const r = f();
  (timings[name] ??= []).push(performance.now() - t0);
  return r;
};
for (let run = 0; run < Math.max(3, runs); run++) {
  const base = time('metricsBase (once)', () => metricsBase(data, scores));
  time(`segmentMetrics × ${sets.length}`, () => sets.map((s) => segmentMetrics(base, s, { clv: lastFit })));
  time(`campaignMetrics × ${sets.length} (${rows} rows)`, () => sets.map((s) => campaignMetrics(base, table, s)));
  const pb = time('personaBase (once)', () => personaBase(data, base));
  time(`personaSummary × ${sets.length}`, () => sets.map((s) => personaSummary(pb, s)));
}
for (const [k, v] of Object.entries(timings)) console.log(`${k.padEnd(26)} median ${median(v).toFixed(1).padStart(7)} ms (best ${Math.min(...v).toFixed(1)})`);
