import { describe, expect, it } from 'vitest';
import { boundsFlag, sizeHistory } from '../../core/segments/size-watch.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';

const snap = (id: string, takenAt: number, sizes: Record<string, number>, liveCount = 100): SnapshotRecord =>
  ({ id, takenAt, reason: 'recompute', customerCount: liveCount, schemes: [], segmentSizes: sizes, liveCount });

describe('size watch', () => {
  it('flags counts outside inclusive bounds', () => {
    const b = { unit: 'count', min: 10, max: 20 } as const;
    expect(boundsFlag(9, 100, b)).toBe('below');
    expect(boundsFlag(10, 100, b)).toBeUndefined();
    expect(boundsFlag(20, 100, b)).toBeUndefined();
    expect(boundsFlag(21, 100, b)).toBe('above');
    expect(boundsFlag(0, 100, { unit: 'count', max: 5 })).toBeUndefined();
    expect(boundsFlag(1e9, 100, { unit: 'count', min: 5 })).toBeUndefined();
    expect(boundsFlag(0, 100, undefined)).toBeUndefined();
  });

  it('flags shares of live customers outside their bounds', () => {
    const b = { unit: 'share', min: 0.05, max: 0.25 } as const;
    expect(boundsFlag(4, 100, b)).toBe('below');
    expect(boundsFlag(5, 100, b)).toBeUndefined();
    expect(boundsFlag(25, 100, b)).toBeUndefined();
    expect(boundsFlag(26, 100, b)).toBe('above');
    expect(boundsFlag(26, 200, b)).toBeUndefined();
    expect(boundsFlag(0, 0, b)).toBe('below');
  });

  it('lists a segment size at every snapshot that recorded it, in time order, flagged against the bounds given', () => {
    const h = [snap('c', 30, { a: 40 }), snap('a', 10, { a: 5, b: 1 }), snap('b', 20, { b: 2 })];
    expect(sizeHistory(h, 'a', { unit: 'share', max: 0.3 })).toEqual([
      { snapshotId: 'a', at: 10, size: 5, liveCount: 100, flag: undefined },
      { snapshotId: 'c', at: 30, size: 40, liveCount: 100, flag: 'above' },
    ]);
    expect(sizeHistory(h, 'b').map((p) => p.size)).toEqual([1, 2]);
    expect(sizeHistory(h, 'toString')).toEqual([]);
  });
});
