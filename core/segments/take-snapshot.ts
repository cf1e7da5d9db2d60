import { reconstruct, indexHistory } from './reconstruct.ts';
import type { HistoryIndex, HistoryLike, StateCache } from './reconstruct.ts';
import type { SchemeState } from './segment.ts';
import { DEFAULT_ENCODE, encodeScheme } from './snapshot-codec.ts';
import type { DeltaBase, EncodeOptions } from './snapshot-codec.ts';
import { compareSnapshots, schemeOf } from './snapshot.ts';
import type { SnapshotReason, SnapshotRecord } from './snapshot.ts';

export interface SnapshotMeta {
  reason: SnapshotReason;
  liveCount: number;
  /** Default now. */
  takenAt?: number;
  /** Default a fresh UUID. */
  id?: string;
}

/**
 * Records the states of a recomputation as a new snapshot (every recomputation records one; an unchanged
 * state costs an empty delta). Each scheme is a delta against the latest snapshot holding it, or a keyframe
 * (see encodeScheme). All states must cover the same positions. Returns the record; storing it is the
 * caller's. Pass the cache used for reconstruction so the base is usually already there, and the new
 * states are put in it.
 */
export function takeSnapshot(
  history: HistoryLike, states: readonly SchemeState[], segmentSizes: Record<string, number>, meta: SnapshotMeta,
  opts: { encode?: EncodeOptions; cache?: StateCache } = {},
): SnapshotRecord {
  const customerCount = states.length ? states[0].codes.length : 0;
  if (states.some((s) => s.codes.length !== customerCount)) throw new Error('scheme states cover different positions');
  const ids = new Set(states.map((s) => s.schemeId));
  if (ids.size !== states.length) throw new Error('a scheme appears twice in one snapshot');
  const byId = indexHistory(history);
  const ordered = [...byId.values()].sort(compareSnapshots);
  const id = meta.id ?? crypto.randomUUID();
  const schemes = states.map((state) => encodeScheme(state, baseFor(ordered, byId, state.schemeId, opts.cache), opts.encode ?? DEFAULT_ENCODE));
  const record: SnapshotRecord = {
    id, takenAt: meta.takenAt ?? Date.now(), reason: meta.reason, customerCount, schemes,
    segmentSizes: { ...segmentSizes }, liveCount: meta.liveCount,
  };
  for (const s of states) opts.cache?.set(id, s.schemeId, { schemeId: s.schemeId, labels: [...s.labels], codes: s.codes.slice() });
  return record;
}

function baseFor(ordered: SnapshotRecord[], byId: HistoryIndex, schemeId: string, cache?: StateCache): DeltaBase | undefined {
  for (let i = ordered.length - 1; i >= 0; i--) {
    const scheme = schemeOf(ordered[i], schemeId);
    if (!scheme) continue;
    try {
      const state = reconstruct(byId, ordered[i].id, schemeId, cache);
      return state && { id: ordered[i].id, state, depth: scheme.depth, chain: scheme.kind === 'delta' ? scheme.chain : 0 };
    } catch {
      return undefined; // the latest one's chain is broken: start afresh with a keyframe
    }
  }
  return undefined;
}
