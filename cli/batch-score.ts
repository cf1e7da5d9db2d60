import { statSync } from 'node:fs';
import { Worker, type MessagePort } from 'node:worker_threads';
import { lineAlignedSplits, readRange } from './read-range.ts';
import { createPartialAggregator, type BatchColumns, type Dedup, type PartialAggregate } from '../core/batch/partial-aggregate.ts';
import { mergePartials, type BatchAggregate } from '../core/batch/merge-partials.ts';
import { makeTextDecoder } from '../core/import/encoding.ts';
import type { TextEncoding } from '../core/import/types.ts';

export interface RangeJob {
  path: string;
  start: number;
  end: number;
  cols: BatchColumns;
  dedup: Dedup;
  skipHeader: boolean;
  encoding: TextEncoding;
}

export interface BatchResult extends BatchAggregate {
  threads: number;
}

/** Below this size a second thread costs more (start-up, copying results) than it saves. */
const PARALLEL_MIN_BYTES = 32 << 20;

/**
 * About what this thread reads (~200 MB/s) while a worker thread starts (~0.1 s): the first range,
 * read here, is that much longer so that all ranges end together.
 */
const WORKER_START_BYTES = 16 << 20;

/**
 * Bytes of file per distinct customer the tables are first sized for (the generator's data has
 * ~750; a table that turns out too small grows).
 */
const BYTES_PER_CUSTOMER = 512;

/** Reads one byte range (in this thread or a worker thread). */
export function runRange(job: RangeJob): PartialAggregate {
  const agg = createPartialAggregator(job.cols, {
    dedup: job.dedup,
    skipHeader: job.skipHeader,
    firstLine: 1,
    decode: makeTextDecoder(job.encoding),
    expectedCustomers: Math.ceil((job.end - job.start) / BYTES_PER_CUSTOMER),
  });
  readRange(job.path, job.start, job.end, (chunk) => {
    agg.push(chunk);
    return agg.ok;
  });
  return agg.finish();
}

/** The worker side: reads the range in `workerData` and answers with its aggregate, or with why it failed. */
export function serveRange(job: RangeJob, port: MessagePort): void {
  let partial: PartialAggregate;
  try {
    partial = runRange(job);
  } catch (error) {
    port.postMessage({ failed: error instanceof Error ? error.message : String(error) });
    return;
  }
  const t = partial.customers;
  port.postMessage({ partial }, [t.slots.buffer, t.pool.buffer, t.starts.buffer] as ArrayBuffer[]);
}

/**
 * Scores a plain orders file: split at line breaks into one range per thread, aggregate the ranges in
 * parallel (the first in this thread), join them in file order. Each range is read as if it began a row; that holds when every
 * range before it ended outside quotes (its tokenizer then has nothing left over), so a range that
 * fails — a split inside a quoted value makes the next ones misread, and a quote left open is an
 * error — sends the whole file to one exact pass, as do order ids that are not sorted (see
 * PartialAggregate).
 */
export async function batchScore(
  path: string,
  cols: BatchColumns,
  opts: { threads: number; encoding: TextEncoding; dataStart: number; workerUrl: URL },
): Promise<BatchResult> {
  const size = statSync(path).size;
  const parts = size >= PARALLEL_MIN_BYTES ? opts.threads : 1;
  const jobs = rangeJobs(path, cols, opts.encoding, lineAlignedSplits(path, size, parts, opts.dataStart, WORKER_START_BYTES), size);

  let sorted = true;
  if (jobs.length > 1) {
    // This thread reads the first range while workers read the others.
    const others = jobs.slice(1).map((job) => runInWorker(job, opts.workerUrl));
    let first: PartialAggregate | undefined;
    try {
      first = runRange(jobs[0]);
    } catch {
      first = undefined;
    }
    const results = [first, ...(await Promise.all(others))];
    if (results.every((r) => r !== undefined)) {
      const merged = mergePartials(results, cols.asOfDay);
      if (merged) return { ...merged, threads: jobs.length };
      sorted = false;
    }
  }

  const whole: RangeJob = { ...jobs[0], end: size };
  const merged = (sorted && mergePartials([runRange(whole)], cols.asOfDay)) || mergePartials([runRange({ ...whole, dedup: 'set' })], cols.asOfDay)!;
  return { ...merged, threads: 1 };
}

/** One adjacent-dedup job per range [starts[k], starts[k + 1]) of the file's `size` bytes. */
export function rangeJobs(path: string, cols: BatchColumns, encoding: TextEncoding, starts: readonly number[], size: number): RangeJob[] {
  return starts.map((start, k) => ({
    path,
    start,
    end: starts[k + 1] ?? size,
    cols,
    dedup: 'adjacent',
    skipHeader: k === 0,
    encoding,
  }));
}

/** The range's aggregate, or undefined when the worker could not read it. */
function runInWorker(job: RangeJob, url: URL): Promise<PartialAggregate | undefined> {
  return new Promise((resolve) => {
    const worker = new Worker(url, { workerData: job });
    const done = (partial: PartialAggregate | undefined) => {
      resolve(partial);
      void worker.terminate();
    };
    worker.once('message', (m: { partial?: PartialAggregate }) => done(m.partial));
    worker.once('error', () => done(undefined));
    worker.once('exit', () => done(undefined));
  });
}
