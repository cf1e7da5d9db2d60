import type { MemberSet } from './member-set.ts';
import { RFM_SCHEME_ID } from './segment.ts';
import type { SchemeDef, SchemeState } from './segment.ts';

/** Code of a live customer in no segment of the scheme ("everyone else"; for RFM: not scored). */
export const EVERYONE_ELSE = -1;
/** Code of a position with no live customer (tombstone, or not yet existing in that snapshot). */
export const NOT_LIVE = -2;

/**
 * Each live customer goes to the first segment of the scheme that holds it, else to "everyone else",
 * so the segments of a scheme never overlap. Segments missing from `members` (deleted, failed to evaluate)
 * and repeated ids are skipped and left out of the labels, so codes index only segments really assigned.
 * Works a word at a time: a segment takes the live bits not yet taken by an earlier one.
 */
export function assignScheme(
  scheme: SchemeDef, members: ReadonlyMap<string, MemberSet>, live: MemberSet, size: number,
): SchemeState {
  const labels: string[] = [];
  const sets: MemberSet[] = [];
  for (const id of scheme.segmentIds) {
    const set = members.get(id);
    if (set && !labels.includes(id)) { labels.push(id); sets.push(set); }
  }
  const codes = new Int16Array(size).fill(NOT_LIVE);
  const words = (size + 31) >>> 5;
  for (let w = 0; w < words; w++) {
    let rest = live[w] | 0;
    const base = w << 5;
    for (let j = 0; j < sets.length && rest !== 0; j++) {
      let taken = sets[j][w] & rest; // out-of-range words read undefined → 0
      rest &= ~taken;
      while (taken !== 0) {
        const low = taken & -taken;
        codes[base + 31 - Math.clz32(low)] = j;
        taken ^= low;
      }
    }
    while (rest !== 0) {
      const low = rest & -rest;
      const i = base + 31 - Math.clz32(low);
      if (i < size) codes[i] = EVERYONE_ELSE;
      rest ^= low;
    }
  }
  return { schemeId: scheme.id, labels, codes };
}

/**
 * The RFM scheme from scores: `segment[i]` indexes `names` (the settings' segment map), -1 = not scored;
 * positions not in `live` become NOT_LIVE whatever their score.
 */
export function rfmSchemeState(scoresSegment: Int16Array, names: readonly string[], live: MemberSet): SchemeState {
  const size = scoresSegment.length;
  const codes = new Int16Array(size);
  for (let i = 0; i < size; i++) {
    codes[i] = (live[i >>> 5] & (1 << (i & 31))) !== 0 ? scoresSegment[i] : NOT_LIVE;
  }
  return { schemeId: RFM_SCHEME_ID, labels: [...names], codes };
}
