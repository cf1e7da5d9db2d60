import { decodePositions, encodePositions } from './position-gaps.ts';
import { narrowCodes } from './snapshot-codec.ts';
import type { SchemeRecord, SnapshotReason, SnapshotRecord } from './snapshot.ts';

/**
 * A snapshot in plain JSON for sync: positions differ between devices, so codes are keyed by customer id.
 * Keyframes list only live positions (an absent id means no live customer); deltas keep their base id and
 * depth, so the receiving device rebuilds the same chains. Merging two histories is then a union by id.
 */
export interface PortableSnapshot {
  type: 'segmenta-snapshot';
  version: 1;
  id: string;
  takenAt: number;
  reason: SnapshotReason;
  liveCount: number;
  segmentSizes: Record<string, number>;
  schemes: PortableScheme[];
}

export type PortableScheme =
  | { schemeId: string; labels: string[]; kind: 'keyframe'; ids: string[]; codes: number[] }
  | { schemeId: string; labels: string[]; kind: 'delta'; base: string; depth: number; chain: number; ids: string[]; codes: number[] };

/** `idsOfPositions[i]` = the customer id at position i on this device (tombstones included). */
export function snapshotToPortable(record: SnapshotRecord, idsOfPositions: readonly string[]): PortableSnapshot {
  const idAt = (p: number): string => {
    const id = idsOfPositions[p];
    if (id === undefined) throw new Error(`no customer id for position ${p}`);
    return id;
  };
  const schemes = record.schemes.map((s): PortableScheme => {
    const ids: string[] = [], codes: number[] = [];
    if (s.kind === 'keyframe') {
      for (let p = 0; p < s.codes.length; p++) if (s.codes[p] !== -2) { ids.push(idAt(p)); codes.push(s.codes[p]); }
      return { schemeId: s.schemeId, labels: [...s.labels], kind: 'keyframe', ids, codes };
    }
    const positions = decodePositions(s.gaps, s.codes.length);
    for (let k = 0; k < positions.length; k++) { ids.push(idAt(positions[k])); codes.push(s.codes[k]); }
    return { schemeId: s.schemeId, labels: [...s.labels], kind: 'delta', base: s.base, depth: s.depth, chain: s.chain, ids, codes };
  });
  return {
    type: 'segmenta-snapshot', version: 1, id: record.id, takenAt: record.takenAt, reason: record.reason,
    liveCount: record.liveCount, segmentSizes: { ...record.segmentSizes }, schemes,
  };
}

/**
 * The record on the receiving device: ids map to its positions (`positionOf`), ids it does not know are
 * dropped, and customerCount is its own count now. A customer arriving on this device later than the
 * snapshot was converted stays "not live" in it (re-convert from the portable form to fix that).
 */
export function snapshotFromPortable(p: PortableSnapshot, positionOf: ReadonlyMap<string, number>, customerCount: number): SnapshotRecord {
  const schemes = p.schemes.map((s): SchemeRecord => {
    const pairs: [number, number][] = [];
    s.ids.forEach((id, k) => {
      const pos = positionOf.get(id);
      if (pos !== undefined && pos < customerCount) pairs.push([pos, s.codes[k]]);
    });
    if (s.kind === 'keyframe') {
      const codes = new Int16Array(customerCount).fill(-2);
      for (const [pos, c] of pairs) codes[pos] = c;
      return { schemeId: s.schemeId, labels: [...s.labels], kind: 'keyframe', depth: 0, codes: narrowCodes(codes, s.labels.length) };
    }
    pairs.sort((a, b) => a[0] - b[0]);
    return {
      schemeId: s.schemeId, labels: [...s.labels], kind: 'delta', base: s.base, depth: s.depth, chain: s.chain,
      gaps: encodePositions(pairs.map((x) => x[0])), codes: narrowCodes(pairs.map((x) => x[1]), s.labels.length),
    };
  });
  return {
    id: p.id, takenAt: p.takenAt, reason: p.reason, customerCount, schemes,
    segmentSizes: { ...p.segmentSizes }, liveCount: p.liveCount,
  };
}
