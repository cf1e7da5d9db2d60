import type { ImportProgress } from '../core/import/types.ts';

export type ProgressMark = ImportProgress & { atMs: number };

export interface ImportStep {
  /** The phase, and the file it worked on when the phase runs once per file (`parsing orders.csv`). */
  step: string;
  startMs: number;
  ms: number;
}

const PER_FILE = new Set<ImportProgress['phase']>(['reading', 'parsing', 'merging']);

/**
 * Splits an import's progress reports (as the page received them) into steps: a step starts when the
 * phase changes, or when the same phase starts over on the next file (its fraction falls back).
 * Reading, parsing and merging run once per file, in the order of `files`.
 */
export function importSteps(progress: ProgressMark[], files: string[], totalMs: number): ImportStep[] {
  const steps: (ImportStep & { phase: ImportProgress['phase'] })[] = [];
  const seen = new Map<string, number>();
  progress.forEach((p, i) => {
    const prev = progress[i - 1];
    const restarts = prev?.phase === p.phase && p.fraction !== undefined && prev.fraction !== undefined && p.fraction < prev.fraction;
    if (prev && prev.phase === p.phase && !restarts) return;
    const n = seen.get(p.phase) ?? 0;
    seen.set(p.phase, n + 1);
    const file = PER_FILE.has(p.phase) ? files[n] : undefined;
    steps.push({ phase: p.phase, step: file ? `${p.phase} ${file}` : p.phase, startMs: p.atMs, ms: 0 });
  });
  steps.forEach((s, i) => (s.ms = (steps[i + 1]?.startMs ?? totalMs) - s.startMs));
  return steps.filter((s) => s.phase !== 'done').map(({ step, startMs, ms }) => ({ step, startMs, ms }));
}

/** Total ms per phase over all files. */
export function phaseTotals(steps: ImportStep[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const s of steps) {
    const phase = s.step.split(' ')[0];
    totals[phase] = (totals[phase] ?? 0) + s.ms;
  }
  return totals;
}
