import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconstruct, StateCache } from '../../core/segments/reconstruct.ts';
import type { SchemeState } from '../../core/segments/segment.ts';
import { schemeOf } from '../../core/segments/snapshot.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';
import { takeSnapshot } from '../../core/segments/take-snapshot.ts';
import { evolve, steps } from './history-fixture.ts';

const state = (schemeId: string, labels: string[], codes: number[]): SchemeState => ({ schemeId, labels, codes: Int16Array.from(codes) });

describe('taking and reconstructing snapshots', () => {
  it('reconstructs exactly what was recorded, for any sequence of snapshots, keyframe interval and history order', () => {
    const seen = { delta: 0, deep: 0, keyframeAtLimit: 0 };
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 }), steps, fc.integer({ min: 1, max: 6 }), fc.boolean(), (start, all, every, useCache) => {
      const history: SnapshotRecord[] = [];
      const recorded: SchemeState[][] = [];
      const cache = useCache ? new StateCache(3) : undefined;
      let t = 1_000;
      for (const states of evolve(start, all)) {
        const rec = takeSnapshot(history, states, {}, { reason: 'recompute', liveCount: 0, takenAt: (t += 1000), id: `s${history.length}` },
          { encode: { keyframeEvery: every, maxDeltaShare: 1 / 8, maxChainShare: 1 }, cache });
        history.push(rec);
        recorded.push(states);
        for (const s of rec.schemes) {
          expect(s.depth).toBeLessThan(every);
          if (s.kind === 'delta') expect(s.codes.length).toBeLessThanOrEqual(rec.customerCount / 8);
          if (s.kind === 'delta') expect(s.chain).toBeLessThanOrEqual(rec.customerCount);
          if (s.kind === 'delta') seen.delta++;
          if (s.depth >= 2) seen.deep++;
          const prev = history.at(-2) && schemeOf(history.at(-2)!, s.schemeId);
          if (s.kind === 'keyframe' && prev && prev.depth === every - 1 && every > 1) seen.keyframeAtLimit++;
        }
      }
      // Merged histories arrive in any order: reconstruction follows base ids, not array order.
      const shuffled = [...history].reverse();
      history.forEach((rec, k) => {
        for (const want of recorded[k]) {
          for (const h of [history, shuffled]) {
            const got = reconstruct(h, rec.id, want.schemeId, cache);
            expect(got?.labels).toEqual(want.labels);
            expect(Array.from(got!.codes)).toEqual(Array.from(want.codes));
          }
        }
        if (recorded[k].length === 1) expect(reconstruct(history, rec.id, 'two')).toBeUndefined();
      });
    }), { numRuns: 150 });
    // The generator must reach deltas, deep chains and keyframes forced by the interval.
    expect(seen.delta).toBeGreaterThan(50);
    expect(seen.deep).toBeGreaterThan(10);
    expect(seen.keyframeAtLimit).toBeGreaterThan(0);
  });

  it('records an unchanged state as an empty delta against the previous snapshot', () => {
    const s = state('one', ['a'], [0, -1, 0, -2, 0, 0, 0, 0, 0, 0]);
    const first = takeSnapshot([], [s], { seg: 5 }, { reason: 'import', liveCount: 9, takenAt: 1, id: 'a' });
    const second = takeSnapshot([first], [s], { seg: 5 }, { reason: 'recompute', liveCount: 9, takenAt: 2, id: 'b' });
    expect(first.schemes[0].kind).toBe('keyframe');
    const d = second.schemes[0];
    expect(d.kind === 'delta' && d.base === 'a' && d.codes.length === 0 && d.gaps.length === 0).toBe(true);
    expect(second).toMatchObject({ id: 'b', takenAt: 2, reason: 'recompute', customerCount: 10, liveCount: 9, segmentSizes: { seg: 5 } });
  });

  it('writes a keyframe when labels change, even if no customer moves', () => {
    const a = takeSnapshot([], [state('one', ['a'], Array(16).fill(0))], {}, { reason: 'import', liveCount: 16, takenAt: 1, id: 'a' });
    const b = takeSnapshot([a], [state('one', ['a', 'b'], Array(16).fill(0))], {}, { reason: 'rule-edit', liveCount: 16, takenAt: 2, id: 'b' });
    expect(b.schemes[0].kind).toBe('keyframe');
  });

  it('writes a keyframe when more than an eighth of the positions change, a delta at exactly an eighth', () => {
    const base = Array(16).fill(0);
    const a = takeSnapshot([], [state('one', ['a', 'b'], base)], {}, { reason: 'import', liveCount: 16, takenAt: 1, id: 'a' });
    const two = takeSnapshot([a], [state('one', ['a', 'b'], [1, 1, ...base.slice(2)])], {}, { reason: 'recompute', liveCount: 16, takenAt: 2, id: 'b' });
    const three = takeSnapshot([a], [state('one', ['a', 'b'], [1, 1, 1, ...base.slice(3)])], {}, { reason: 'recompute', liveCount: 16, takenAt: 2, id: 'c' });
    expect(two.schemes[0].kind).toBe('delta');
    expect(three.schemes[0].kind).toBe('keyframe');
  });

  it('ends a chain with a keyframe once its deltas changed the set share of positions', () => {
    const h: SnapshotRecord[] = [];
    const codes = Array(16).fill(0);
    const encode = { keyframeEvery: 100, maxDeltaShare: 1 / 8, maxChainShare: 1 };
    for (let k = 0; k <= 9; k++) {
      if (k > 0) { codes[(2 * k) % 16] ^= 1; codes[(2 * k + 1) % 16] ^= 1; } // two changes each time
      h.push(takeSnapshot(h, [state('one', ['a', 'b'], codes)], {}, { reason: 'recompute', liveCount: 16, takenAt: k, id: `s${k}` }, { encode }));
    }
    expect(h.map((r) => r.schemes[0].kind === 'delta' ? r.schemes[0].chain : 'key')).toEqual(['key', 2, 4, 6, 8, 10, 12, 14, 16, 'key']);
  });

  it('deltas against the latest snapshot in time, whatever the order of the history array', () => {
    const s = state('one', ['a'], Array(16).fill(0));
    const a = takeSnapshot([], [s], {}, { reason: 'import', liveCount: 16, takenAt: 1, id: 'a' });
    const b = takeSnapshot([a], [s], {}, { reason: 'recompute', liveCount: 16, takenAt: 5, id: 'b' });
    const c = takeSnapshot([b, a], [s], {}, { reason: 'recompute', liveCount: 16, takenAt: 9, id: 'c' });
    expect(schemeOf(c, 'one')).toMatchObject({ kind: 'delta', base: 'b', depth: 2 });
  });

  it('falls back to a keyframe when the latest snapshot cannot be reconstructed', () => {
    const s = state('one', ['a'], Array(16).fill(0));
    const a = takeSnapshot([], [s], {}, { reason: 'import', liveCount: 16, takenAt: 1, id: 'a' });
    const b = takeSnapshot([a], [s], {}, { reason: 'recompute', liveCount: 16, takenAt: 2, id: 'b' });
    expect(() => reconstruct([b], 'b', 'one')).toThrow(/missing/);
    expect(takeSnapshot([b], [s], {}, { reason: 'sync', liveCount: 16, takenAt: 3 }).schemes[0].kind).toBe('keyframe');
  });

  it('stores plain typed arrays that survive structured cloning', () => {
    const s = state('one', ['a'], [0, -1, 0, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const a = takeSnapshot([], [s], {}, { reason: 'import', liveCount: 15, takenAt: 1, id: 'a' });
    const b = takeSnapshot([a], [state('one', ['a'], [-1, ...s.codes.slice(1)])], {}, { reason: 'manual', liveCount: 15, takenAt: 2, id: 'b' });
    const cloned = structuredClone([a, b]);
    expect(Array.from(reconstruct(cloned, 'b', 'one')!.codes)).toEqual([-1, ...Array.from(s.codes.slice(1))]);
  });

  it('refuses states of different lengths or a scheme twice', () => {
    expect(() => takeSnapshot([], [state('one', [], [0]), state('two', [], [0, 0])], {}, { reason: 'x', liveCount: 0 })).toThrow();
    expect(() => takeSnapshot([], [state('one', [], [0]), state('one', [], [0])], {}, { reason: 'x', liveCount: 0 })).toThrow();
  });
});
