import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { batchScore } from './batch-score.ts';
import { planBatch } from './plan-batch.ts';
import type { RfmArgs } from './args.ts';
import type { CliIo } from './main.ts';
import { computeScores, localToday } from '../core/engine/compute-scores.ts';
import { emptyDataset } from '../core/engine/empty-dataset.ts';
import { mergeImports } from '../core/import/merge.ts';
import { readImport } from '../core/import/read-import.ts';
import { rejectedRowsCsv } from '../core/import/rejected-csv.ts';
import { ImportError, type RejectedRow } from '../core/import/types.ts';
import { dayOfIso } from '../core/model/dates.ts';
import { formatCanonicalRfmBytes } from '../core/rfm/canonical-bytes.ts';
import { formatCanonicalRfm } from '../core/rfm/canonical-csv.ts';
import { defaultRfmSettings } from '../core/rfm/default-settings.ts';
import { scoreRfm } from '../core/rfm/score.ts';
import type { ByteKeys } from '../core/rfm/sort-byte-keys.ts';
import type { RfmInput, RfmScores } from '../core/rfm/types.ts';

interface Scored {
  /** Customer ids, as strings or (batch path) as UTF-8 bytes. */
  ids: string[] | ByteKeys;
  input: RfmInput;
  scores: RfmScores;
  rows: number;
  rejected: RejectedRow[];
  how: string;
}

/** `segmenta rfm`: exit 0 with output written, 1 on unusable input (the reason on stderr). */
export async function rfmCommand(args: RfmArgs, io: CliIo, workerUrl: URL): Promise<number> {
  const t0 = performance.now();
  const asOf = args.asOf ?? localToday();
  const asOfDay = dayOfIso(asOf);
  if (asOfDay === undefined) {
    io.stderr(`segmenta: --as-of ${asOf} is not a calendar date\n`);
    return 2;
  }
  let result: Scored;
  try {
    result = await score(args, asOf, asOfDay, workerUrl);
  } catch (error) {
    io.stderr(`segmenta: ${describe(error)}\n`);
    return 1;
  }
  const { ids, input, scores } = result;
  const csv = Array.isArray(ids) ? formatCanonicalRfm(ids, input, scores) : formatCanonicalRfmBytes(ids, input, scores);
  if (args.out) writeFileSync(args.out, csv);
  else io.stdout(typeof csv === 'string' ? csv : Buffer.from(csv.buffer, csv.byteOffset, csv.length).toString('utf8'));
  if (args.errors) writeFileSync(args.errors, rejectedRowsCsv(result.rejected));
  io.stderr(summary(args, asOf, result, performance.now() - t0));
  return 0;
}

async function score(args: RfmArgs, asOf: string, asOfDay: number, workerUrl: URL): Promise<Scored> {
  const settings = defaultRfmSettings(asOf);
  const size = fileSize(args.orders);
  const plan = args.customers ? undefined : planBatch(args.orders, size, asOfDay, args.dateOrder);
  if (plan?.fast) {
    const threads = args.threads ?? Math.min(2, availableParallelism());
    const r = await batchScore(args.orders, plan.cols, { threads, encoding: plan.encoding, dataStart: plan.dataStart, workerUrl });
    return {
      ids: r.keys,
      input: r.input,
      scores: scoreRfm(r.input, settings),
      rows: r.rows,
      rejected: r.rejected,
      how: `streamed, ${r.threads} thread${r.threads > 1 ? 's' : ''}`,
    };
  }
  // Full import: every format the app reads, identity resolution with a customers file.
  const read = (path: string) => {
    fileSize(path);
    return readImport(new Uint8Array(readFileSync(path)), path, {
      dialect: args.dateOrder ? { dateOrder: args.dateOrder } : undefined,
    });
  };
  const parsed = [await read(args.orders)];
  if (args.customers) parsed.unshift(await read(args.customers));
  const { dataset, records } = await mergeImports(emptyDataset(), parsed);
  const scores = computeScores(dataset, settings);
  return {
    ids: dataset.customers.map((c) => c.id),
    input: scores.input,
    scores: scores.scores,
    rows: records.reduce((n, r) => (r.source.endsWith('orders') || r.source.endsWith('deals') || r.source.endsWith('leads') ? n + r.counts.rows : n), 0),
    rejected: records.flatMap((r) => r.rejected),
    how: `full import (${plan && !plan.fast ? plan.why : 'with customers file'})`,
  };
}

function fileSize(path: string): number {
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ImportError(`${path} is not a file`, path, 'not_a_file');
    return st.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ImportError(`cannot read ${path}: no such file`, path, 'no_file');
    if ((error as NodeJS.ErrnoException).code === 'EACCES') throw new ImportError(`cannot read ${path}: permission denied`, path, 'no_access');
    throw error;
  }
}

function describe(error: unknown): string {
  if (error instanceof ImportError) return `${error.file}${error.line ? `, line ${error.line}` : ''}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

function summary(args: RfmArgs, asOf: string, r: Scored, ms: number): string {
  const count = (rows: RejectedRow[]) => {
    const byCode = new Map<string, number>();
    for (const row of rows) if (row.line > 0) byCode.set(row.code, (byCode.get(row.code) ?? 0) + 1);
    const total = [...byCode.values()].reduce((a, b) => a + b, 0);
    return { total, lines: [...byCode].sort((a, b) => b[1] - a[1]).map(([code, n]) => `  ${code}: ${n}`) };
  };
  const rejected = count(r.rejected.filter((row) => !row.kept));
  const warnings = count(r.rejected.filter((row) => row.kept));
  const peak = process.resourceUsage().maxRSS / 1024;
  return [
    `segmenta rfm: ${args.orders}: ${r.rows} rows read (${r.how})`,
    `scored ${r.scores.scored} customers as of ${asOf}`,
    rejected.total ? `rejected ${rejected.total} rows:\n${rejected.lines.join('\n')}` : 'rejected 0 rows',
    ...(warnings.total ? [`imported with a warning ${warnings.total} rows:\n${warnings.lines.join('\n')}`] : []),
    `${Math.round(ms)} ms, peak memory ${Math.round(peak)} MB`,
    '',
  ].join('\n');
}
