import { decodePositions, encodePositions } from './position-gaps.ts';
import { narrowCodes } from './snapshot-codec.ts';
import type { SchemeRecord, SnapshotReason, SnapshotRecord } from './snapshot.ts';

/**
 * A snapshot in plain JSON for sync: positions differ between devices, so codes are keyed by customer id.
 * Keyframes share one list of the customer ids at every position (`ids`, present when some scheme is a
 * keyframe) and give a code for each; deltas list the ids they change and keep their base id, depth and
 * chain, so the receiving device rebuilds the same chains. Merging two histories is then a union by id.
 */
export interface PortableSnapshot {
  type: 'segmenta-snapshot';
  version: 1;
  id: string;
  takenAt: number;
  reason: SnapshotReason;
  liveCount: number;
  segmentSizes: Record<string, number>;
  /** Customer id at each position 0..n-1 of the sending device, when some scheme is a keyframe. */
  ids?: string[];
  schemes: PortableScheme[];
}

export type PortableScheme =
  /** codes[k] is the code of customer ids[k] of the snapshot (-2: no live customer). */
  | { schemeId: string; labels: string[]; kind: 'keyframe'; codes: number[] }
  | { schemeId: string; labels: string[]; kind: 'delta'; base: string; depth: number; chain: number; ids: string[]; codes: number[] };

/** `idsOfPositions[i]` = the customer id at position i on this device (tombstones included). */
export function snapshotToPortable(record: SnapshotRecord, idsOfPositions: readonly string[]): PortableSnapshot {
  const idAt = (p: number): string => {
    const id = idsOfPositions[p];
    if (id === undefined) throw new Error(`no customer id for position ${p}`);
    return id;
  };
  const schemes = record.schemes.map((s): PortableScheme => {
    if (s.kind === 'keyframe') return { schemeId: s.schemeId, labels: [...s.labels], kind: 'keyframe', codes: Array.from(s.codes) };
    const ids: string[] = [], codes: number[] = [];
    const positions = decodePositions(s.gaps, s.codes.length);
    for (let k = 0; k < positions.length; k++) { ids.push(idAt(positions[k])); codes.push(s.codes[k]); }
    return { schemeId: s.schemeId, labels: [...s.labels], kind: 'delta', base: s.base, depth: s.depth, chain: s.chain, ids, codes };
  });
  const out: PortableSnapshot = {
    type: 'segmenta-snapshot', version: 1, id: record.id, takenAt: record.takenAt, reason: record.reason,
    liveCount: record.liveCount, segmentSizes: { ...record.segmentSizes }, schemes,
  };
  if (record.schemes.some((s) => s.kind === 'keyframe')) out.ids = Array.from({ length: record.customerCount }, (_, p) => idAt(p));
  return out;
}

/**
 * The record on the receiving device: ids map to its positions (`positionOf`), ids it does not know are
 * dropped, and customerCount is its own count now. A customer arriving on this device later than the
 * snapshot was converted stays "not live" in it (re-convert from the portable form to fix that).
 */
export function snapshotFromPortable(p: PortableSnapshot, positionOf: ReadonlyMap<string, number>, customerCount: number): SnapshotRecord {
  const local = (id: string): number => {
    const pos = positionOf.get(id);
    return pos !== undefined && pos < customerCount ? pos : -1;
  };
  const keyPositions = p.ids?.map(local);
  const schemes = p.schemes.map((s): SchemeRecord => {
    if (s.kind === 'keyframe') {
      if (!keyPositions || keyPositions.length !== s.codes.length) throw new Error(`keyframe of ${s.schemeId} does not match the snapshot's ids`);
      const codes = new Int16Array(customerCount).fill(-2);
      keyPositions.forEach((pos, k) => { if (pos >= 0) codes[pos] = s.codes[k]; });
      return { schemeId: s.schemeId, labels: [...s.labels], kind: 'keyframe', depth: 0, codes: narrowCodes(codes, s.labels.length) };
    }
    const pairs: [number, number][] = [];
    s.ids.forEach((id, k) => {
      const pos = local(id);
      if (pos >= 0) pairs.push([pos, s.codes[k]]);
    });
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
