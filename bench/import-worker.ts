/**
 * Worker side of bench/import-browser.ts: the engine's import path without scoring and the write
 * (core/engine/read-sources.ts, with the file-loading worker unless `local`, then mergeImports into
 * an empty dataset), split into steps by its progress reports as bench/run.mjs splits them.
 */
import { mergeImports } from '../core/import/merge.ts';
import { emptyDataset } from '../core/engine/empty-dataset.ts';
import { fileSource } from '../core/engine/import-source.ts';
import { readSources } from '../core/engine/read-sources.ts';
import { workerFileLoader } from '../core/worker/file-loader.ts';
import { importSteps, type ProgressMark } from './import-steps.ts';
import type { ImportProgress } from '../core/import/types.ts';

export interface RunRequest {
  files: File[];
  /** Read and hash the files on the engine's thread instead of in the loader worker. */
  local: boolean;
  /** Log every progress report with its time. */
  marks: boolean;
}

const loader = workerFileLoader(() => new Worker('/file-loader-worker.js', { type: 'module' }));

export async function runImport({ files, local, marks: marksToConsole }: RunRequest): Promise<Record<string, number>> {
  const marks: ProgressMark[] = [];
  const t0 = performance.now();
  let phase = '';
  const report = (p: ImportProgress) => {
    // What progress-reporter.ts forwards that splits steps: phase changes, and fractions (a file starting over).
    if (p.phase !== phase || p.fraction !== undefined) marks.push({ ...p, atMs: performance.now() - t0 });
    phase = p.phase;
  };
  const signal = new AbortController().signal;
  const { parsed } = await readSources(files.map((f) => fileSource(f, local ? undefined : loader)), () => ({}), signal, report);
  const { dataset } = await mergeImports(emptyDataset(), parsed, { signal, onProgress: report, consume: true });
  const total = performance.now() - t0;
  if (marksToConsole) console.log(marks.map((m) => `${m.phase}${m.fraction !== undefined ? ` ${m.fraction.toFixed(2)}` : ''} @${m.atMs.toFixed(0)}`).join(' | '));
  const ms: Record<string, number> = {};
  for (const s of importSteps(marks, parsed.map((p) => p.file), total)) ms[s.step] = s.ms;
  ms.total = total;
  ms.customers = dataset.customers.length;
  ms.orders = dataset.orders.length;
  return ms;
}

if (typeof window === 'undefined') self.onmessage = async (e: MessageEvent<RunRequest>) => self.postMessage(await runImport(e.data));
else (window as unknown as { runImport: typeof runImport }).runImport = runImport;
