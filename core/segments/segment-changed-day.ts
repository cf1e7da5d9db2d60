import { decodePositions } from './position-gaps.ts';
import { indexHistory, reconstruct, StateCache } from './reconstruct.ts';
import type { HistoryLike } from './reconstruct.ts';
import { compareSnapshots, schemeOf } from './snapshot.ts';

const DAY_MS = 86_400_000;

/**
 * Per customer position, the day of the last change of its place in a scheme (for the RFM field "segment
 * changed since"): a day number, days since 1970-01-01 of the snapshot's takenAt in UTC (as
 * core/model/dates.ts counts days), NaN if it never changed. The first snapshot of the scheme is the
 * baseline, not a change; later, appearing (a new customer placed) or moving between labels, everyone
 * else included, is a change. Places compare by label, so a scheme edit that only adds a segment moves no one.
 * A delta on the previous snapshot costs its changed positions only; other snapshots a full comparison.
 */
export function segmentChangedDay(history: HistoryLike, schemeId: string, customerCount: number): Float64Array {
  const byId = indexHistory(history);
  const ordered = [...byId.values()].sort(compareSnapshots);
  const changed = new Float64Array(customerCount).fill(NaN);
  // Current place per position as a global label id: ≥0 dictionary, -1 everyone else, -2 not live.
  const cur = new Int32Array(customerCount).fill(-2);
  const dict = new Map<string, number>();
  const globalOf = (label: string): number => {
    let g = dict.get(label);
    if (g === undefined) dict.set(label, (g = dict.size));
    return g;
  };
  const cache = new StateCache(2);
  let prevId: string | undefined, prevCount = 0;
  for (const r of ordered) {
    const s = schemeOf(r, schemeId);
    if (!s) continue;
    const day = Math.floor(r.takenAt / DAY_MS);
    const map = Int32Array.from(s.labels, globalOf);
    const g = (code: number): number => (code >= 0 ? map[code] : code);
    if (prevId !== undefined && s.kind === 'delta' && s.base === prevId && r.customerCount >= prevCount) {
      const codes = s.codes;
      const positions = decodePositions(s.gaps, codes.length);
      for (let k = 0; k < positions.length; k++) {
        const p = positions[k];
        if (p >= customerCount) break;
        const v = g(codes[k]);
        if (cur[p] !== v) { cur[p] = v; changed[p] = day; }
      }
    } else {
      const codes = reconstruct(byId, r.id, schemeId, cache)!.codes;
      const n = Math.min(customerCount, codes.length);
      for (let i = 0; i < customerCount; i++) {
        const v = i < n ? g(codes[i]) : -2;
        if (cur[i] !== v) { cur[i] = v; if (prevId !== undefined) changed[i] = day; }
      }
    }
    prevId = r.id;
    prevCount = r.customerCount;
  }
  return changed;
}
