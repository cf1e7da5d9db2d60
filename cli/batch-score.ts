import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { lineAlignedSplits, readRange } from './read-range.ts';
import { createPartialAggregator, type BatchColumns, type Dedup, type PartialAggregate } from '../core/batch/partial-aggregate.ts';
import { mergePartials, type BatchAggregate } from '../core/batch/merge-partials.ts';
import { makeTextDecoder } from '../core/import/encoding.ts';
import type { RejectedRow, TextEncoding } from '../core/import/types.ts';

export interface RangeJob {
  path: string;
  start: number;
  end: number;
  cols: BatchColumns;
  dedup: Dedup;
  skipHeader: boolean;
  encoding: TextEncoding;
}

export interface RangeResult {
  partial: PartialAggregate;
  quotes: boolean;
}

export interface BatchResult extends BatchAggregate {
  rejected: RejectedRow[];
  threads: number;
}

/** Below this size a second thread costs more (start-up, copying results) than it saves. */
const PARALLEL_MIN_BYTES = 16 << 20;

/** Reads one byte range (in this thread or a worker thread). */
export function runRange(job: RangeJob): RangeResult {
  const agg = createPartialAggregator(job.cols, {
    dedup: job.dedup,
    skipHeader: job.skipHeader,
    firstLine: 1,
    decode: makeTextDecoder(job.encoding),
  });
  const quotes = readRange(job.path, job.start, job.end, (chunk) => {
    agg.push(chunk);
    return agg.ok;
  });
  return { partial: agg.finish(), quotes };
}

/**
 * Scores a plain orders file: split at line breaks into one range per thread, aggregate the ranges in
 * parallel, join them in file order. Falls back to one exact pass when a split could fall inside a quoted
 * field or the order ids are not sorted (see PartialAggregate).
 */
export async function batchScore(
  path: string,
  cols: BatchColumns,
  opts: { threads: number; encoding: TextEncoding; dataStart: number; workerUrl: URL },
): Promise<BatchResult> {
  const size = statSync(path).size;
  const parts = size >= PARALLEL_MIN_BYTES ? opts.threads : 1;
  const starts = lineAlignedSplits(path, size, parts, opts.dataStart);
  const jobs: RangeJob[] = starts.map((start, k) => ({
    path,
    start,
    end: starts[k + 1] ?? size,
    cols,
    dedup: 'adjacent',
    skipHeader: k === 0,
    encoding: opts.encoding,
  }));

  if (jobs.length > 1) {
    const results = await Promise.all(jobs.map((job) => runInWorker(job, opts.workerUrl)));
    const splitSafe = results.slice(0, -1).every((r) => !r.quotes);
    if (splitSafe) {
      const merged = mergePartials(results.map((r) => r.partial), cols.asOfDay);
      if (merged) return { ...merged, rejected: numberLines(results.map((r) => r.partial)), threads: jobs.length };
    }
  }

  const whole: RangeJob = { ...jobs[0], end: size };
  let single = runRange(whole).partial;
  let merged = mergePartials([single], cols.asOfDay);
  if (!merged) {
    single = runRange({ ...whole, dedup: 'set' }).partial;
    merged = mergePartials([single], cols.asOfDay)!;
  }
  return { ...merged, rejected: single.rejected, threads: 1 };
}

/** Rejected rows carry lines relative to their range; make them lines of the file. */
function numberLines(parts: PartialAggregate[]): RejectedRow[] {
  const out: RejectedRow[] = [];
  let base = 0;
  for (const p of parts) {
    for (const r of p.rejected) out.push(r.line > 0 ? { ...r, line: r.line + base } : r);
    base += p.lines;
  }
  return out;
}

function runInWorker(job: RangeJob, url: URL): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: job });
    worker.once('message', (r: RangeResult) => {
      resolve(r);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
