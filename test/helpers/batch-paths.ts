import { readFileSync, statSync } from 'node:fs';
import { batchScore, type BatchResult } from '../../cli/batch-score.ts';
import { planBatch } from '../../cli/plan-batch.ts';
import type { BatchColumns } from '../../core/batch/partial-aggregate.ts';
import { computeScores } from '../../core/engine/compute-scores.ts';
import { emptyDataset } from '../../core/engine/empty-dataset.ts';
import { mergeImports } from '../../core/import/merge.ts';
import { readImport } from '../../core/import/read-import.ts';
import type { TextEncoding } from '../../core/import/types.ts';
import { dayOfIso } from '../../core/model/dates.ts';
import { formatCanonicalRfmBytes } from '../../core/rfm/canonical-bytes.ts';
import { formatCanonicalRfm } from '../../core/rfm/canonical-csv.ts';
import { defaultRfmSettings } from '../../core/rfm/default-settings.ts';
import { scoreRfm } from '../../core/rfm/score.ts';
import type { BatchAggregate } from '../../core/batch/merge-partials.ts';

export const AS_OF = '2026-11-01';

/** Canonical output of the full import path (readImport, mergeImports, computeScores, formatCanonicalRfm). */
export async function fullImportCsv(path: string, asOf = AS_OF): Promise<string> {
  const parsed = await readImport(new Uint8Array(readFileSync(path)), path);
  const { dataset } = await mergeImports(emptyDataset(), [parsed]);
  const { input, scores } = computeScores(dataset, defaultRfmSettings(asOf));
  return formatCanonicalRfm(dataset.customers.map((c) => c.id), input, scores);
}

/** The batch plan of a file, which must take the streaming path. */
export function fastPlan(path: string, asOf = AS_OF): { cols: BatchColumns; encoding: TextEncoding; dataStart: number } {
  const plan = planBatch(path, statSync(path).size, dayOfIso(asOf)!);
  if (!plan.fast) throw new Error(`${path} does not take the batch path: ${plan.why}`);
  return plan;
}

/** Canonical output of a batch aggregate (as the command line writes it). */
export function batchCsv(agg: BatchAggregate, asOf = AS_OF): string {
  return new TextDecoder().decode(formatCanonicalRfmBytes(agg.keys, agg.input, scoreRfm(agg.input, defaultRfmSettings(asOf))));
}

/** The batch path in this thread (files under 16 MB are read as one range). */
export async function batchScoreHere(path: string, asOf = AS_OF): Promise<BatchResult> {
  const plan = fastPlan(path, asOf);
  return batchScore(path, plan.cols, { threads: 1, encoding: plan.encoding, dataStart: plan.dataStart, workerUrl: new URL('file:///unused') });
}
