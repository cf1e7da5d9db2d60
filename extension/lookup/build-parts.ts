import type { SegmentState } from '../../core/data/segment-state.ts';
import { emptyDataset } from '../../core/engine/empty-dataset.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';
import { buildMoveSnapshot } from './build-moves.ts';
import { buildLookupSnapshot, buildNameSnapshot, type SegmentMembership } from './build-snapshot.ts';
import type { LookupSnapshot, MoveSnapshot, NameSnapshot } from './snapshot-format.ts';

export interface LookupParts {
  snapshot: LookupSnapshot;
  names: NameSnapshot;
  moves: MoveSnapshot;
}

/** Every record of the background's snapshot; `ds` undefined = nothing was ever saved. */
export function buildLookupParts(
  ds: Dataset | undefined,
  membership: SegmentMembership,
  segmentState: SegmentState<SnapshotRecord>,
  builtAt: number,
): LookupParts {
  const data = ds ?? emptyDataset();
  return {
    snapshot: buildLookupSnapshot(data, membership, builtAt),
    names: buildNameSnapshot(data, builtAt),
    moves: buildMoveSnapshot(segmentState, data.customers.length, builtAt),
  };
}
