import type { SizeBounds } from './segment.ts';
import { inTimeOrder } from './snapshot.ts';
import type { SnapshotRecord } from './snapshot.ts';

export type BoundsFlag = 'below' | 'above';

/**
 * Whether a segment's size is outside its bounds (inclusive). Share bounds compare size / liveCount
 * (0 when there are no live customers).
 */
export function boundsFlag(size: number, liveCount: number, bounds: SizeBounds | undefined): BoundsFlag | undefined {
  if (!bounds) return undefined;
  const value = bounds.unit === 'share' ? (liveCount > 0 ? size / liveCount : 0) : size;
  if (bounds.min !== undefined && value < bounds.min) return 'below';
  if (bounds.max !== undefined && value > bounds.max) return 'above';
  return undefined;
}

export interface SizePoint {
  snapshotId: string;
  at: number;
  size: number;
  liveCount: number;
  flag: BoundsFlag | undefined;
}

/**
 * A segment's size at every snapshot that recorded it, in time order. Snapshots do not record bounds:
 * flags are against the `bounds` given (the segment's current ones).
 */
export function sizeHistory(history: Iterable<SnapshotRecord>, segmentId: string, bounds?: SizeBounds): SizePoint[] {
  const out: SizePoint[] = [];
  for (const r of inTimeOrder(history)) {
    if (!Object.hasOwn(r.segmentSizes, segmentId)) continue;
    const size = r.segmentSizes[segmentId];
    out.push({ snapshotId: r.id, at: r.takenAt, size, liveCount: r.liveCount, flag: boundsFlag(size, r.liveCount, bounds) });
  }
  return out;
}
