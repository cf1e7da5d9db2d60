import type { SchemeState } from './segment.ts';
import type { Codes, SchemeRecord } from './snapshot.ts';

export interface EncodeOptions {
  /** A delta chain is at most this many deltas deep before a keyframe (bounds reconstruction cost). */
  keyframeEvery: number;
  /** A delta changing more than this share of positions becomes a keyframe (a delta costs 5–6 bytes a change, a keyframe 1–2 a position). */
  maxDeltaShare: number;
}

export const DEFAULT_ENCODE: EncodeOptions = { keyframeEvery: 16, maxDeltaShare: 1 / 8 };

/** The base a delta may be written against: its snapshot id, its state and its record's depth. */
export interface DeltaBase {
  id: string;
  state: SchemeState;
  depth: number;
}

/** Smallest code array for these labels. */
export function narrowCodes(codes: ArrayLike<number>, labelCount: number): Codes {
  return labelCount < 128 ? Int8Array.from(codes) : Int16Array.from(codes);
}

const sameLabels = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((l, i) => l === b[i]);

/**
 * Encodes a scheme's state as a delta against `base` when that is allowed and small, else as a keyframe.
 * Labels changing (a segment added to the scheme) always makes a keyframe: rare, and it keeps deltas
 * free of label remapping.
 */
export function encodeScheme(state: SchemeState, base: DeltaBase | undefined, opts: EncodeOptions = DEFAULT_ENCODE): SchemeRecord {
  const { schemeId, codes } = state;
  const labels = [...state.labels];
  const keyframe = (): SchemeRecord => ({ schemeId, labels, kind: 'keyframe', depth: 0, codes: narrowCodes(codes, labels.length) });
  if (!base || base.depth + 1 >= opts.keyframeEvery || !sameLabels(labels, base.state.labels)) return keyframe();
  const prev = base.state.codes;
  if (prev.length > codes.length) return keyframe();
  const limit = Math.floor(codes.length * opts.maxDeltaShare);
  const changed = new Uint32Array(Math.min(limit, codes.length));
  let k = 0;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] !== (i < prev.length ? prev[i] : -2)) {
      if (k === limit) return keyframe();
      changed[k++] = i;
    }
  }
  const positions = changed.slice(0, k);
  const out = labels.length < 128 ? new Int8Array(k) : new Int16Array(k);
  for (let j = 0; j < k; j++) out[j] = codes[positions[j]];
  return { schemeId, labels, kind: 'delta', base: base.id, depth: base.depth + 1, positions, codes: out };
}

/** Bytes of typed-array payload of one scheme record (labels and fields aside): what storage grows by. */
export function schemeBytes(rec: SchemeRecord): number {
  return rec.codes.byteLength + (rec.kind === 'delta' ? rec.positions.byteLength : 0);
}
