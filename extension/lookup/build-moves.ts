import type { SegmentState } from '../../core/data/segment-state.ts';
import { customerMoves, type Place } from '../../core/segments/customer-moves.ts';
import { indexHistory } from '../../core/segments/reconstruct.ts';
import { RFM_SCHEME_ID } from '../../core/segments/segment.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';
import { SNAPSHOT_FORMAT, type MoveSnapshot } from './snapshot-format.ts';

const KEEP = 5;

/**
 * Each customer's newest moves between segments, named as engine.customerMoves names them (the RFM
 * scheme is 'RFM' and its labels are segment names; a user's scheme and segments by their names).
 */
export function buildMoveSnapshot(state: SegmentState<SnapshotRecord>, customerCount: number, builtAt: number): MoveSnapshot {
  const schemeName = (id: string) => (id === RFM_SCHEME_ID ? 'RFM' : state.schemes.find((s) => s.id === id)?.name ?? id);
  const labelName = (schemeId: string, label: string) =>
    schemeId === RFM_SCHEME_ID ? label : state.segments.find((s) => s.id === label)?.name ?? label;
  const schemes: string[] = [];
  const schemeIndex = new Map<string, number>();
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const intern = (map: Map<string, number>, list: string[], key: string, value: string) => {
    let k = map.get(key);
    if (k === undefined) map.set(key, (k = list.push(value) - 1));
    return k;
  };
  const code = (schemeId: string, p: Place) =>
    p === undefined ? -2 : p === null ? -1 : intern(labelIndex, labels, `${schemeId}\n${p}`, labelName(schemeId, p));

  const history = indexHistory(state.snapshots);
  const ends = new Uint32Array(customerCount);
  const at: number[] = [], scheme: number[] = [], from: number[] = [], to: number[] = [];
  for (let i = 0; i < customerCount; i++) {
    const moves = history.size ? customerMoves(history, i) : [];
    for (const m of moves.slice(-KEEP).reverse()) {
      at.push(m.at);
      scheme.push(intern(schemeIndex, schemes, m.schemeId, schemeName(m.schemeId)));
      from.push(code(m.schemeId, m.from));
      to.push(code(m.schemeId, m.to));
    }
    ends[i] = at.length;
  }
  return {
    format: SNAPSHOT_FORMAT, builtAt, schemes, labels, ends,
    at: Float64Array.from(at), scheme: Uint16Array.from(scheme), from: Int32Array.from(from), to: Int32Array.from(to),
  };
}
