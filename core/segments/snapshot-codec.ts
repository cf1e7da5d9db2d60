import { encodePositions } from './position-gaps.ts';
import type { SchemeState } from './segment.ts';
import type { Codes, SchemeRecord } from './snapshot.ts';

export interface EncodeOptions {
  /** A delta chain is at most this many deltas deep before a keyframe. */
  keyframeEvery: number;
  /** A delta changing more than this share of positions becomes a keyframe (reconstruction stays a copy plus small patches). */
  maxDeltaShare: number;
  /** A chain ends once its deltas changed this many times the positions (bounds the writes of a rebuild). */
  maxChainShare: number;
}

/**
 * With ~2 % of 100k customers moving, a delta is ~2 bytes a change (varint gap + Int8 code), a keyframe
 * 1 byte a position: one keyframe in 32 costs about as much as the deltas. A chain also ends once its deltas
 * changed twice as many positions as there are, so a rebuild writes at most three keyframes' worth (< 1 ms on 100k).
 */
export const DEFAULT_ENCODE: EncodeOptions = { keyframeEvery: 32, maxDeltaShare: 1 / 8, maxChainShare: 2 };

/** The base a delta may be written against: its snapshot id, its state, and its record's depth and chain. */
export interface DeltaBase {
  id: string;
  state: SchemeState;
  depth: number;
  chain: number;
}

/** Smallest code array for these labels. */
export function narrowCodes(codes: ArrayLike<number>, labelCount: number): Codes {
  return labelCount < 128 ? new Int8Array(codes) : new Int16Array(codes); // typed-array copy, not the slow iterator path of .from
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
  const limit = Math.min(Math.floor(codes.length * opts.maxDeltaShare), Math.floor(codes.length * opts.maxChainShare) - base.chain);
  if (limit < 0) return keyframe();
  const changed = new Uint32Array(limit);
  let k = 0;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] !== (i < prev.length ? prev[i] : -2)) {
      if (k === limit) return keyframe();
      changed[k++] = i;
    }
  }
  const out = labels.length < 128 ? new Int8Array(k) : new Int16Array(k);
  for (let j = 0; j < k; j++) out[j] = codes[changed[j]];
  return {
    schemeId, labels, kind: 'delta', base: base.id, depth: base.depth + 1, chain: base.chain + k,
    gaps: encodePositions(changed.subarray(0, k)), codes: out,
  };
}

/** Bytes of typed-array payload of one scheme record (labels and fields aside): what storage grows by. */
export function schemeBytes(rec: SchemeRecord): number {
  return rec.codes.byteLength + (rec.kind === 'delta' ? rec.gaps.byteLength : 0);
}
