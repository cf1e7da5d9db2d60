import { statSync } from 'node:fs';
import { Worker, type MessagePort } from 'node:worker_threads';
import { lineAlignedSplits, readRange } from './read-range.ts';
import { createPartialAggregator, type BatchColumns, type Dedup, type PartialAggregate } from '../core/batch/partial-aggregate.ts';
import { mergePartials, type BatchAggregate } from '../core/batch/merge-partials.ts';
import { OrderIdSet, transferables, type OrderIdSetParts } from '../core/batch/order-id-set.ts';
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
  /** With `dedup: 'set'`: ids counted in an earlier range (see joinSetRanges). */
  excluded?: OrderIdSetParts;
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

/** Bytes of file per order the id sets of `dedup: 'set'` are first sized for (the generator's rows are ~75). */
const BYTES_PER_ORDER = 80;

/** Reads one byte range (in this thread or a worker thread). */
export function runRange(job: RangeJob): PartialAggregate {
  const agg = createPartialAggregator(job.cols, {
    dedup: job.dedup,
    skipHeader: job.skipHeader,
    firstLine: 1,
    decode: makeTextDecoder(job.encoding),
    expectedCustomers: Math.ceil((job.end - job.start) / BYTES_PER_CUSTOMER),
    expectedOrders: job.dedup === 'set' ? Math.ceil((job.end - job.start) / BYTES_PER_ORDER) : undefined,
    excluded: job.excluded,
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
  const buffers = [t.slots.buffer, t.pool.buffer, t.starts.buffer] as ArrayBuffer[];
  if (partial.orderIds) buffers.push(...transferables(partial.orderIds));
  port.postMessage({ partial }, buffers);
}

/**
 * Scores a plain orders file: split at line breaks into one range per thread, aggregate the ranges in
 * parallel (the first in this thread), join them in file order. Each range is read as if it began a
 * row; that holds when every range before it ended outside quotes (its tokenizer then has nothing
 * left over), so a range that fails — a split inside a quoted value makes the next ones misread, and
 * a quote left open is an error — sends the whole file to one exact pass. Order ids that are not
 * sorted (see PartialAggregate) send the ranges to a second parallel pass with a set of ids each
 * (see joinSetRanges).
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
    const results = await runJobs(jobs, opts.workerUrl);
    if (results.every((r) => r !== undefined)) {
      const merged = mergePartials(results, cols.asOfDay);
      if (merged) return { ...merged, threads: jobs.length };
      sorted = false;
      const setJobs = jobs.map((job): RangeJob => ({ ...job, dedup: 'set' }));
      const withIds = await runJobs(setJobs, opts.workerUrl);
      if (withIds.every((r) => r !== undefined)) return { ...joinSetRanges(withIds, setJobs, cols.asOfDay), threads: jobs.length };
    }
  }

  const whole: RangeJob = { ...jobs[0], end: size };
  const merged = (sorted && mergePartials([runRange(whole)], cols.asOfDay)) || mergePartials([runRange({ ...whole, dedup: 'set' })], cols.asOfDay)!;
  return { ...merged, threads: 1 };
}

/**
 * Joins ranges read with `dedup: 'set'`. Each range counted the first row of each of its ids; an id
 * that an earlier range holds too was counted there first, so a range holding such ids is read again
 * with them excluded (rows repeating an order across ranges are rare: usually none is read twice).
 */
export function joinSetRanges(parts: readonly PartialAggregate[], jobs: readonly RangeJob[], asOfDay: number): BatchAggregate {
  const sets = parts.map((p) => OrderIdSet.adopt(p.orderIds!));
  const repeats = sets.map((set, k) => {
    const found = new OrderIdSet();
    for (let j = 0; j < k; j++) sets[j].common(set, found);
    return found;
  });
  const joined = parts.map((p, k) => (repeats[k].size > 0 ? runRange({ ...jobs[k], excluded: repeats[k].parts() }) : p));
  return mergePartials(joined, asOfDay)!;
}

/** The jobs' aggregates (undefined for a range that could not be read): the first here, the others in workers. */
async function runJobs(jobs: readonly RangeJob[], url: URL): Promise<(PartialAggregate | undefined)[]> {
  const others = jobs.slice(1).map((job) => runInWorker(job, url));
  let first: PartialAggregate | undefined;
  try {
    first = runRange(jobs[0]);
  } catch {
    first = undefined;
  }
  return [first, ...(await Promise.all(others))];
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
