import { indexOfPosition } from './position-gaps.ts';
import { indexHistory } from './reconstruct.ts';
import type { HistoryIndex, HistoryLike } from './reconstruct.ts';
import { compareSnapshots, schemeOf } from './snapshot.ts';
import type { SchemeRecord } from './snapshot.ts';

/**
 * Where a customer is in a scheme: a label (segment id, or RFM segment name), `null` for everyone else
 * (RFM: not scored), `undefined` for no live customer at the position (not yet imported, or deleted).
 */
export type Place = string | null | undefined;

export interface CustomerMove {
  snapshotId: string;
  /** ms since epoch of the snapshot that saw the move. */
  at: number;
  schemeId: string;
  from: Place;
  to: Place;
}

export const placeOf = (labels: readonly string[], code: number): Place =>
  code >= 0 ? labels[code] : code === -1 ? null : undefined;

/**
 * The moves of the customer at one position, across all snapshots in time order, every scheme: each
 * snapshot whose place differs (by label) from the previous snapshot holding that scheme. The first
 * snapshot counts as a move from `undefined`. Reads one code per snapshot (a scan of a delta's gaps).
 */
export function customerMoves(history: HistoryLike, position: number): CustomerMove[] {
  const byId = indexHistory(history);
  const ordered = [...byId.values()].sort(compareSnapshots);
  const moves: CustomerMove[] = [];
  const last = new Map<string, Place>();
  const memo = new Map<string, number>();
  for (const r of ordered) {
    for (const s of r.schemes) {
      const to = placeOf(s.labels, codeAt(byId, r.id, s.schemeId, position, memo));
      const from = last.get(s.schemeId);
      if (to !== from) moves.push({ snapshotId: r.id, at: r.takenAt, schemeId: s.schemeId, from, to });
      last.set(s.schemeId, to);
    }
  }
  return moves;
}

/** The code at one position of a scheme in one snapshot, following deltas to their base (memoised by snapshot). */
export function codeAt(byId: HistoryIndex, snapshotId: string, schemeId: string, position: number, memo = new Map<string, number>()): number {
  const key = `${snapshotId}\n${schemeId}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const r = byId.get(snapshotId);
  const s: SchemeRecord | undefined = r && schemeOf(r, schemeId);
  if (!r || !s) throw new Error(`snapshot ${snapshotId} with scheme ${schemeId} is missing`);
  let code: number;
  if (position >= r.customerCount) code = -2;
  else if (s.kind === 'keyframe') code = s.codes[position];
  else {
    const k = indexOfPosition(s.gaps, s.codes.length, position);
    code = k >= 0 ? s.codes[k] : codeAt(byId, s.base, schemeId, position, memo);
  }
  memo.set(key, code);
  return code;
}

