import { decodePositions } from './position-gaps.ts';
import type { SchemeState } from './segment.ts';
import { schemeOf } from './snapshot.ts';
import type { DeltaRecord, SchemeRecord, SnapshotRecord } from './snapshot.ts';

/** Snapshots by id; build it once with `indexHistory` when reconstructing many. */
export type HistoryIndex = ReadonlyMap<string, SnapshotRecord>;
export type HistoryLike = readonly SnapshotRecord[] | HistoryIndex;

export function indexHistory(history: HistoryLike): HistoryIndex {
  return Array.isArray(history) ? new Map(history.map((r) => [r.id, r])) : (history as HistoryIndex);
}

/** A small LRU of reconstructed states, keyed by snapshot and scheme. Cached states are shared: never mutate them. */
export class StateCache {
  private readonly map = new Map<string, SchemeState>();
  readonly limit: number;
  constructor(limit = 8) {
    this.limit = limit;
  }
  get(snapshotId: string, schemeId: string): SchemeState | undefined {
    const key = `${snapshotId}\n${schemeId}`;
    const s = this.map.get(key);
    if (s) { this.map.delete(key); this.map.set(key, s); }
    return s;
  }
  set(snapshotId: string, schemeId: string, state: SchemeState): void {
    this.map.set(`${snapshotId}\n${schemeId}`, state);
    while (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as string);
  }
}

/**
 * The state of a scheme at a snapshot: the nearest keyframe (or cached state) up its base chain, then the
 * deltas down to it. Codes have the snapshot's customerCount; undefined when the snapshot lacks the scheme.
 * Throws when a base is missing from the history or the chain loops (a broken chain must not pass for data).
 * The result may be shared with the cache: do not mutate it (copyState first).
 */
export function reconstruct(history: HistoryLike, snapshotId: string, schemeId: string, cache?: StateCache): SchemeState | undefined {
  const byId = indexHistory(history);
  const target = byId.get(snapshotId);
  const targetScheme = target && schemeOf(target, schemeId);
  if (!target || !targetScheme) return undefined;
  const hit = cache?.get(snapshotId, schemeId);
  if (hit) return hit;

  // Walk up to a keyframe or a cached state, keeping the deltas to apply on the way back.
  const deltas: { rec: DeltaRecord; count: number }[] = [];
  let start: ArrayLike<number> | undefined;
  let rec: SchemeRecord = targetScheme;
  let count = target.customerCount;
  for (;;) {
    if (rec.kind === 'keyframe') { start = rec.codes; break; }
    deltas.push({ rec, count });
    if (deltas.length > byId.size) throw new Error(`the ${schemeId} chain of snapshot ${snapshotId} loops`);
    const cached = cache?.get(rec.base, schemeId);
    if (cached) { start = cached.codes; break; }
    const base = byId.get(rec.base);
    const baseScheme = base && schemeOf(base, schemeId);
    if (!baseScheme) throw new Error(`snapshot ${rec.base} (base of a ${schemeId} delta) is missing`);
    rec = baseScheme;
    count = base.customerCount;
  }

  const size = target.customerCount;
  const codes = new Int16Array(size).fill(-2);
  const n = Math.min(size, start.length);
  if (start instanceof Int16Array || start instanceof Int8Array) codes.set(n === start.length ? start : start.subarray(0, n));
  else for (let i = 0; i < n; i++) codes[i] = start[i];
  // Positions at or past a snapshot's customerCount are -2 there, even if an older base had them.
  let live = n;
  for (let d = deltas.length - 1; d >= 0; d--) {
    const { rec: { gaps, codes: values }, count: c } = deltas[d];
    const positions = decodePositions(gaps, values.length);
    for (let k = 0; k < positions.length; k++) {
      const p = positions[k];
      if (p < size) codes[p] = values[k];
    }
    if (c < live) { codes.fill(-2, c); live = c; }
  }
  const state: SchemeState = { schemeId, labels: targetScheme.labels, codes };
  cache?.set(snapshotId, schemeId, state);
  return state;
}
