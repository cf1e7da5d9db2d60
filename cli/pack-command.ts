import { readFileSync, writeFileSync } from 'node:fs';
import type { CliIo } from './main.ts';
import type { PackArgs } from './pack-args.ts';
import { readScoreCsv } from './score-csv.ts';
import { localToday } from '../core/engine/compute-scores.ts';
import { dayOfIso } from '../core/model/dates.ts';
import { packScores } from '../core/sync/pack-scores.ts';

/**
 * `segmenta pack`: a warehouse's RFM result (the CSV of core/rfm/rfm.sql, optionally with email,
 * phone and name) as a scores-only sync file the app and the extension import.
 * Exit 0 written, 1 unusable input.
 */
export async function packCommand(args: PackArgs, io: CliIo, appVersion = 'dev'): Promise<number> {
  const asOf = args.asOf ?? localToday();
  if (dayOfIso(asOf) === undefined) {
    io.stderr(`segmenta: --as-of ${asOf} is not a calendar date\n`);
    return 2;
  }
  let rows;
  try {
    rows = readScoreCsv(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(args.scores)));
  } catch (error) {
    io.stderr(`segmenta: ${args.scores}: ${(error as Error).message}\n`);
    return 1;
  }
  const stream = packScores(rows, { asOf, deviceId: args.deviceId ?? `cli-${crypto.randomUUID()}`, appVersion });
  writeFileSync(args.out, new Uint8Array(await new Response(stream).arrayBuffer()));
  const segments = new Map<string, number>();
  for (const r of rows) segments.set(r.segment, (segments.get(r.segment) ?? 0) + 1);
  io.stderr(`segmenta: packed ${rows.length} scored customers as of ${asOf} into ${args.out}\n` +
    [...segments].map(([s, n]) => `  ${s}: ${n}\n`).join(''));
  return 0;
}
