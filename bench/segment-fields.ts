/**
 * Time to build every field column of the segment catalogue (issue #3) on a generated dataset, each
 * run on a fresh Dataset object so the shared caches (attribute index, order aggregates) are rebuilt.
 * Prints wall and CPU milliseconds (medians): on a shared machine the CPU time moves less with the load.
 * With --attributes every customer also gets three custom columns (two read by catalogue fields,
 * one an `attr:` field), to time the attribute lookups too.
 *
 *   npx rolldown bench/segment-fields.ts --platform node --format esm -o dist/segment-fields.mjs
 *   node dist/segment-fields.mjs /work/data/M [runs] [--attributes]
 */
import { readFileSync } from 'node:fs';
import { computeScores } from '../core/engine/compute-scores.ts';
import { emptyDataset } from '../core/engine/empty-dataset.ts';
import { mergeImports } from '../core/import/merge.ts';
import { readImport } from '../core/import/read-import.ts';
import { dayOfIso } from '../core/model/dates.ts';
import { defaultRfmSettings } from '../core/rfm/default-settings.ts';
import { fieldCatalogue } from '../core/segments/fields/catalogue.ts';
import type { FieldContext } from '../core/segments/field.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dir = args[0] ?? '/work/data/M';
const runs = Number(args[1] ?? 5);
const withAttributes = process.argv.includes('--attributes');
const asOf = '2026-11-01';

const parsed = await Promise.all(['customers.csv', 'orders.csv'].map((f) => readImport(new Uint8Array(readFileSync(`${dir}/${f}`)), f)));
const { dataset } = await mergeImports(emptyDataset(), parsed, { now: 0, consume: true });
if (withAttributes) {
  const statuses = ['женат', 'замужем', 'не женат', 'в разводе'];
  dataset.customers.forEach((c, i) => {
    c.attributes['Семейное положение'] = statuses[i % 4];
    c.attributes['Магазин'] = `Магазин №${i % 37}`;
    c.attributes['Баллы'] = `${i % 1000},${i % 10}`;
  });
}
const scores = computeScores(dataset, defaultRfmSettings(asOf), 0);
console.log(`${dataset.customers.length} customers, ${dataset.orders.length} orders${withAttributes ? ', 3 custom columns' : ''}`);

const times = new Map<string, number[]>();
const cpuTimes = new Map<string, number[]>();
const totals: number[] = [];
const cpuTotals: number[] = [];
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
for (let run = 0; run < runs; run++) {
  const ds = { ...dataset }; // a new object: the WeakMap caches start empty
  const ctx: FieldContext = { ds, scores, today: dayOfIso(asOf)! };
  const t0 = performance.now(), c0 = process.cpuUsage();
  for (const field of fieldCatalogue(ds)) {
    if (field.type === 'segment') continue;
    const t = performance.now(), c = process.cpuUsage();
    field.column(ctx, {});
    const wall = performance.now() - t, cpu = cpuMs(process.cpuUsage(c));
    times.set(field.id, [...(times.get(field.id) ?? []), wall]);
    cpuTimes.set(field.id, [...(cpuTimes.get(field.id) ?? []), cpu]);
  }
  totals.push(performance.now() - t0);
  cpuTotals.push(cpuMs(process.cpuUsage(c0)));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const rows = [...times].map(([id, xs]) => [id, median(xs)] as const).sort((a, b) => b[1] - a[1]);
console.log(`${'field'.padEnd(28)} ${'wall ms'.padStart(8)} ${'cpu ms'.padStart(8)}`);
for (const [id, ms] of rows) console.log(`${id.padEnd(28)} ${ms.toFixed(2).padStart(8)} ${median(cpuTimes.get(id)!).toFixed(2).padStart(8)}`);
console.log(`all columns, median of ${runs} runs (the first: ${totals[0].toFixed(0)} ms wall): ` +
  `${median(totals).toFixed(1)} ms wall, ${median(cpuTotals).toFixed(1)} ms cpu`);
