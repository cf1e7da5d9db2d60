import { readFileSync, writeFileSync } from 'node:fs';
import type { SegmentsArgs } from './segments-args.ts';
import type { CliIo } from './main.ts';
import { computeScores, localToday } from '../core/engine/compute-scores.ts';
import { emptyDataset } from '../core/engine/empty-dataset.ts';
import { evaluateDefinitions, type DefinitionsResult } from '../core/engine/evaluate-definitions.ts';
import { csvCell } from '../core/export/csv-cell.ts';
import { mergeImports } from '../core/import/merge.ts';
import { readImport } from '../core/import/read-import.ts';
import { rejectedRowsCsv } from '../core/import/rejected-csv.ts';
import { ImportError } from '../core/import/types.ts';
import { dayOfIso } from '../core/model/dates.ts';
import type { Dataset } from '../core/model/dataset.ts';
import { defaultRfmSettings } from '../core/rfm/default-settings.ts';
import { count, has } from '../core/segments/member-set.ts';
import { parseRulesFile, RulesFileError, type RulesFile } from '../core/segments/rules-file.ts';

/**
 * `segmenta segments evaluate`: imports the data files as the app does, scores them, evaluates the
 * rules file and prints one line per customer: its segment in each scheme, then every segment it is in.
 * Exit 0 written, 1 unusable input or a segment that cannot be evaluated (every problem on stderr).
 */
export async function segmentsCommand(args: SegmentsArgs, io: CliIo): Promise<number> {
  const t0 = performance.now();
  const asOf = args.asOf ?? localToday();
  if (dayOfIso(asOf) === undefined) {
    io.stderr(`segmenta: --as-of ${asOf} is not a calendar date\n`);
    return 2;
  }
  let rules: RulesFile;
  let ds: Dataset;
  try {
    rules = parseRulesFile(readText(args.rules), args.rules);
    const parsed = [];
    for (const path of args.files) {
      parsed.push(await readImport(readBytes(path), path, { dialect: args.dateOrder ? { dateOrder: args.dateOrder } : undefined }));
    }
    const merged = await mergeImports(emptyDataset(), parsed);
    ds = { ...merged.dataset, scores: computeScores(merged.dataset, defaultRfmSettings(asOf)) };
    if (args.errors) writeFileSync(args.errors, rejectedRowsCsv(merged.records.flatMap((r) => r.rejected)));
  } catch (error) {
    io.stderr(`segmenta: ${describe(error)}\n`);
    return 1;
  }
  const result = evaluateDefinitions(ds, rules);
  if (result.evaluation.errors.size) {
    for (const [id, error] of result.evaluation.errors) {
      const name = rules.segments.find((s) => s.id === id)?.name ?? id;
      for (const p of error.problems) io.stderr(`segmenta: ${args.rules}: segment "${name}"${p.path ? ` at ${p.path}` : ''}: ${p.message}\n`);
    }
    return 1;
  }
  const text = args.format === 'json' ? membershipJson(ds, rules, result, asOf) : membershipCsv(ds, rules, result);
  if (args.out) writeFileSync(args.out, text);
  else io.stdout(text);
  io.stderr(summary(rules, result, asOf, performance.now() - t0));
  return 0;
}

/** `customer_id,<scheme>…,segments`: a scheme's cell is the segment's name, empty for everyone else. */
function membershipCsv(ds: Dataset, rules: RulesFile, r: DefinitionsResult): string {
  const lines = [['customer_id', ...rules.schemes.map((s) => s.name), 'segments'].map((c) => csvCell(c, ',')).join(',')];
  const names = new Map(rules.segments.map((s) => [s.id, s.name]));
  const sets = rules.segments.map((s) => [s.name, r.evaluation.sets.get(s.id)!] as const);
  ds.customers.forEach((c, i) => {
    if (!has(r.live, i)) return;
    const cells = [c.id];
    for (const state of r.schemes) cells.push(state.codes[i] >= 0 ? names.get(state.labels[state.codes[i]])! : '');
    cells.push(sets.filter(([, set]) => has(set, i)).map(([name]) => name).join('|'));
    lines.push(cells.map((cell) => csvCell(cell, ',')).join(','));
  });
  return lines.join('\n') + '\n';
}

function membershipJson(ds: Dataset, rules: RulesFile, r: DefinitionsResult, asOf: string): string {
  const names = new Map(rules.segments.map((s) => [s.id, s.name]));
  const members: { customer_id: string; schemes: Record<string, string | null>; segments: string[] }[] = [];
  ds.customers.forEach((c, i) => {
    if (!has(r.live, i)) return;
    const schemes: Record<string, string | null> = {};
    r.schemes.forEach((state, k) => { schemes[rules.schemes[k].name] = state.codes[i] >= 0 ? names.get(state.labels[state.codes[i]])! : null; });
    members.push({ customer_id: c.id, schemes, segments: rules.segments.filter((s) => has(r.evaluation.sets.get(s.id)!, i)).map((s) => s.name) });
  });
  const segments = rules.segments.map((s) => ({ id: s.id, name: s.name, size: count(r.evaluation.sets.get(s.id)!), ...flagsOf(r, s.id) }));
  return JSON.stringify({ type: 'segmenta/membership', version: 1, asOf, segments, members }, null, 1) + '\n';
}

function flagsOf(r: DefinitionsResult, id: string) {
  const f = r.evaluation.flags.get(id)!;
  return { matchesNobody: f.matchesNobody, matchesEveryone: f.matchesEveryone, outsideBounds: f.outsideBounds, unmatchedMembers: r.unmatched.get(id)?.length ?? 0 };
}

function summary(rules: RulesFile, r: DefinitionsResult, asOf: string, ms: number): string {
  const live = count(r.live);
  const lines = [`segmenta segments: ${live} customers as of ${asOf}`];
  for (const s of rules.segments) {
    const f = flagsOf(r, s.id);
    const size = count(r.evaluation.sets.get(s.id)!);
    const notes = [
      f.matchesNobody ? 'matches nobody' : '', f.matchesEveryone ? 'matches everyone' : '', f.outsideBounds ? 'outside its size bounds' : '',
      f.unmatchedMembers ? `${f.unmatchedMembers} listed members not found` : '',
    ].filter(Boolean);
    lines.push(`  ${s.name}: ${size} (${live ? ((100 * size) / live).toFixed(1) : '0.0'} %)${notes.length ? ` — ${notes.join(', ')}` : ''}`);
  }
  r.schemes.forEach((state, k) => {
    const tally = new Map<number, number>();
    for (const c of state.codes) if (c >= -1) tally.set(c, (tally.get(c) ?? 0) + 1);
    const parts = state.labels.map((label, j) => `${rules.segments.find((s) => s.id === label)?.name ?? label} ${tally.get(j) ?? 0}`);
    lines.push(`  scheme ${rules.schemes[k].name}: ${[...parts, `everyone else ${tally.get(-1) ?? 0}`].join(', ')}`);
  });
  lines.push(`${Math.round(ms)} ms`, '');
  return lines.join('\n');
}

function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new ImportError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, path, 'no_file');
  }
}

function readText(path: string): string {
  return new TextDecoder().decode(readBytes(path));
}

function describe(error: unknown): string {
  if (error instanceof ImportError) return `${error.file}${error.line ? `, line ${error.line}` : ''}: ${error.message}`;
  if (error instanceof RulesFileError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
