import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentChangedDay } from '../../core/segments/segment-changed-day.ts';
import type { SchemeState } from '../../core/segments/segment.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';
import { takeSnapshot } from '../../core/segments/take-snapshot.ts';
import { evolve, steps } from './history-fixture.ts';

const DAY = 86_400_000;
const state = (labels: string[], codes: number[]): SchemeState => ({ schemeId: 'one', labels, codes: Int16Array.from(codes) });
const pad = (codes: number[], fill = 0) => [...codes, ...Array(16 - codes.length).fill(fill)];

describe('segment changed day', () => {
  it('gives the UTC day of the last change, NaN when the first placement never changed', () => {
    const h: SnapshotRecord[] = [];
    const take = (codes: number[], labels: string[], ms: number) =>
      h.push(takeSnapshot(h, [state(labels, pad(codes, labels.indexOf('a')))], {}, { reason: 'recompute', liveCount: 0, takenAt: ms, id: `s${h.length}` }));
    take([0, 1, -2, 0], ['a', 'b'], 10 * DAY + 5);
    take([1, 1, -2, 0], ['a', 'b'], 12 * DAY + DAY - 1); // last ms of day 12
    take([1, -1, 0, 0], ['a', 'b'], 13 * DAY);
    take([2, -1, 1, 1], ['c', 'a', 'b'], 20 * DAY); // same places under new labels: no change
    const got = Array.from(segmentChangedDay(h, 'one', 5));
    expect(got).toEqual([12, 13, 13, NaN, NaN]);
  });

  it('compares with the snapshot before in time even when a delta was written against an older base (merged devices)', () => {
    const a = takeSnapshot([], [state(['a', 'b'], pad([0, 0]))], {}, { reason: 'import', liveCount: 16, takenAt: 1 * DAY, id: 'a' });
    const b = takeSnapshot([a], [state(['a', 'b'], pad([1, 0]))], {}, { reason: 'recompute', liveCount: 16, takenAt: 2 * DAY, id: 'b' });
    const c = takeSnapshot([a], [state(['a', 'b'], pad([0, 1]))], {}, { reason: 'recompute', liveCount: 16, takenAt: 3 * DAY, id: 'c' });
    expect(c.schemes[0]).toMatchObject({ kind: 'delta', base: 'a' });
    expect(Array.from(segmentChangedDay([c, a, b], 'one', 2))).toEqual([3, 3]);
  });

  it('agrees with the recorded states for any history', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), steps, fc.integer({ min: 1, max: 5 }), (start, all, every) => {
      const h: SnapshotRecord[] = [];
      const recorded: SchemeState[] = [];
      for (const states of evolve(start, all)) {
        h.push(takeSnapshot(h, states, {}, { reason: 'recompute', liveCount: 0, takenAt: h.length * DAY + 7, id: `s${h.length}` },
          { encode: { keyframeEvery: every, maxDeltaShare: 1 / 8, maxChainShare: 1 } }));
        recorded.push(states[0]);
      }
      const size = recorded.at(-1)!.codes.length + 3;
      const want = new Array<number>(size).fill(NaN);
      const label = (s: SchemeState, p: number) => { const c = p < s.codes.length ? s.codes[p] : -2; return c >= 0 ? s.labels[c] : c; };
      for (let k = 1; k < recorded.length; k++) {
        for (let p = 0; p < size; p++) if (label(recorded[k], p) !== label(recorded[k - 1], p)) want[p] = k;
      }
      expect(Array.from(segmentChangedDay(h, 'one', size))).toEqual(want);
      expect(Array.from(segmentChangedDay(h, 'missing', 2))).toEqual([NaN, NaN]);
    }), { numRuns: 120 });
  });
});
