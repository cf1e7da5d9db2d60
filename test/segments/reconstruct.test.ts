import { describe, expect, it } from 'vitest';
import { encodePositions } from '../../core/segments/position-gaps.ts';
import { reconstruct, StateCache } from '../../core/segments/reconstruct.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';

const rec = (id: string, customerCount: number, scheme: SnapshotRecord['schemes'][number]): SnapshotRecord =>
  ({ id, takenAt: 0, reason: 'sync', customerCount, schemes: [scheme], segmentSizes: {}, liveCount: 0 });

describe('reconstruct', () => {
  const k = rec('k', 4, { schemeId: 'one', labels: ['a'], kind: 'keyframe', depth: 0, codes: Int8Array.from([0, 0, 0, 0]) });
  const d1 = rec('d1', 2, { schemeId: 'one', labels: ['a'], kind: 'delta', base: 'k', depth: 1, chain: 1, gaps: encodePositions([1]), codes: Int8Array.from([-1]) });
  const d2 = rec('d2', 5, { schemeId: 'one', labels: ['a'], kind: 'delta', base: 'd1', depth: 2, chain: 2, gaps: encodePositions([4]), codes: Int8Array.from([0]) });

  it('treats positions past a snapshot\'s customer count as not live, even where an older base had them', () => {
    expect(Array.from(reconstruct([k, d1, d2], 'd1', 'one')!.codes)).toEqual([0, -1]);
    expect(Array.from(reconstruct([k, d1, d2], 'd2', 'one')!.codes)).toEqual([0, -1, -2, -2, 0]);
  });

  it('starts from a cached state up the chain instead of the keyframe, and keeps only the most recent states', () => {
    const cache = new StateCache(2);
    const first = reconstruct([k, d1, d2], 'd1', 'one', cache)!;
    expect(reconstruct([d1, d2], 'd1', 'one', cache)).toBe(first); // no keyframe needed any more
    expect(Array.from(reconstruct([d1, d2], 'd2', 'one', cache)!.codes)).toEqual([0, -1, -2, -2, 0]);
    reconstruct([k], 'k', 'one', cache); // evicts d1 (least recent)
    expect(cache.get('d1', 'one')).toBeUndefined();
    expect(() => reconstruct([d1], 'd1', 'one')).toThrow(/k .*missing/);
    const loop = rec('k', 4, { schemeId: 'one', labels: ['a'], kind: 'delta', base: 'd2', depth: 3, chain: 0, gaps: new Uint8Array(0), codes: new Int8Array(0) });
    expect(() => reconstruct([loop, d1, d2], 'd2', 'one')).toThrow(/loops/);
  });
});
