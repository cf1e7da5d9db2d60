import { reconstruct } from './reconstruct.ts';
import type { HistoryLike, StateCache } from './reconstruct.ts';
import type { SchemeState } from './segment.ts';

/**
 * From → to counts of one scheme between two snapshots. Rows: `fromLabels`, then everyone else, then new
 * (no live customer at that position in the earlier snapshot); columns: `toLabels`, then everyone else, then
 * gone (no live customer in the later one). Each side keeps its own labels: compare them by label.
 * Positions live in neither are not counted.
 */
export interface MovementMatrix {
  schemeId: string;
  fromLabels: string[];
  toLabels: string[];
  /** counts[row][column]. */
  counts: number[][];
}

/** The matrix between two states of the same scheme (positions past a state's length are not live there). */
export function movementBetween(from: SchemeState, to: SchemeState): MovementMatrix {
  const nf = from.labels.length, nt = to.labels.length;
  const rows = nf + 2, cols = nt + 2;
  // Codes c ≥ -2 map to slots: c for labels, n for -1, n+1 for -2.
  const cells = new Uint32Array(rows * cols);
  const a = from.codes, b = to.codes;
  const size = Math.max(a.length, b.length);
  for (let i = 0; i < size; i++) {
    const ca = i < a.length ? a[i] : -2;
    const cb = i < b.length ? b[i] : -2;
    if (ca === -2 && cb === -2) continue;
    const r = ca >= 0 ? ca : ca === -1 ? nf : nf + 1;
    const c = cb >= 0 ? cb : cb === -1 ? nt : nt + 1;
    cells[r * cols + c]++;
  }
  const counts = Array.from({ length: rows }, (_, r) => Array.from(cells.subarray(r * cols, (r + 1) * cols)));
  return { schemeId: to.schemeId, fromLabels: [...from.labels], toLabels: [...to.labels], counts };
}

/** The movement matrix between two snapshots for one scheme; undefined when either lacks the scheme. */
export function movementMatrix(
  history: HistoryLike, fromSnapshotId: string, toSnapshotId: string, schemeId: string, cache?: StateCache,
): MovementMatrix | undefined {
  const from = reconstruct(history, fromSnapshotId, schemeId, cache);
  const to = reconstruct(history, toSnapshotId, schemeId, cache);
  return from && to ? movementBetween(from, to) : undefined;
}
