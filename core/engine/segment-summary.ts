import { count } from '../segments/member-set.ts';
import type { SegmentDef } from '../segments/segment.ts';
import { boundsFlag } from '../segments/size-watch.ts';
import type { SegmentSummary } from '../worker/segments-api.ts';
import type { SegmentView } from './segment-runtime.ts';

/** A segment with its current size, flags and problems, as the segment list shows it. */
export function segmentSummary(view: SegmentView, segment: SegmentDef, schemes: readonly { id: string; segmentIds: string[] }[]): SegmentSummary {
  const set = view.evaluation.sets.get(segment.id);
  const flags = view.evaluation.flags.get(segment.id);
  const size = set ? count(set) : 0;
  const bounds = boundsFlag(size, view.liveCount, segment.bounds);
  const error = view.evaluation.errors.get(segment.id);
  return {
    segment,
    size,
    share: view.liveCount ? size / view.liveCount : 0,
    matchesNobody: flags?.matchesNobody ?? false,
    matchesEveryone: flags?.matchesEveryone ?? false,
    ...(bounds ? { bounds } : {}),
    unknownMembers: flags?.unknownMembers ?? 0,
    ...(error ? { problems: error.problems } : {}),
    schemeIds: schemes.filter((s) => s.segmentIds.includes(segment.id)).map((s) => s.id),
  };
}
