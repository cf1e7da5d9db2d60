import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerMoves, placeOf } from '../../core/segments/customer-moves.ts';
import type { CustomerMove, Place } from '../../core/segments/customer-moves.ts';
import type { SchemeState } from '../../core/segments/segment.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';
import { takeSnapshot } from '../../core/segments/take-snapshot.ts';
import { evolve, steps } from './history-fixture.ts';

const DAY = 86_400_000;
const state = (schemeId: string, labels: string[], codes: number[]): SchemeState => ({ schemeId, labels, codes: Int16Array.from(codes) });

describe('customer moves', () => {
  it('lists a customer\'s moves with their snapshot dates, from the first placement on', () => {
    const h: SnapshotRecord[] = [];
    const take = (codes: number[], labels: string[], at: number) =>
      h.push(takeSnapshot(h, [state('one', labels, codes)], {}, { reason: 'recompute', liveCount: 0, takenAt: at * DAY, id: `d${at}` }));
    take([0, 1, -2, ...Array(13).fill(0)], ['a', 'b'], 1);
    take([1, 1, -2, ...Array(13).fill(0)], ['a', 'b'], 2);
    take([1, -1, 0, ...Array(13).fill(0)], ['a', 'b'], 3);
    take([1, -1, 1, ...Array(13).fill(0)], ['c', 'a', 'b'], 4); // labels change: position 2 is still 'a'
    take([0, -2, 0, ...Array(13).fill(0)], ['c', 'a', 'b'], 5);
    const brief = (ms: CustomerMove[]) => ms.map((m) => [m.at / DAY, m.from, m.to]);
    expect(brief(customerMoves(h, 0))).toEqual([[1, undefined, 'a'], [2, 'a', 'b'], [4, 'b', 'a'], [5, 'a', 'c']]);
    expect(brief(customerMoves(h, 1))).toEqual([[1, undefined, 'b'], [3, 'b', null], [5, null, undefined]]);
    expect(brief(customerMoves(h, 2))).toEqual([[3, undefined, 'a'], [5, 'a', 'c']]);
    expect(customerMoves(h, 99)).toEqual([]);
  });

  it('agrees with the recorded states for every position of any history', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 30 }), steps, (start, all) => {
      const h: SnapshotRecord[] = [];
      const recorded: SchemeState[][] = [];
      for (const states of evolve(start, all)) {
        h.push(takeSnapshot(h, states, {}, { reason: 'recompute', liveCount: 0, takenAt: h.length * 1000, id: `s${String(h.length).padStart(3, '0')}` },
          { encode: { keyframeEvery: 3, maxDeltaShare: 1 / 8, maxChainShare: 1 } }));
        recorded.push(states);
      }
      const size = recorded.at(-1)![0].codes.length;
      for (let p = 0; p < size; p++) {
        const want: CustomerMove[] = [];
        const last = new Map<string, Place>();
        recorded.forEach((states, k) => states.forEach((s) => {
          const to = placeOf(s.labels, p < s.codes.length ? s.codes[p] : -2);
          const from = last.get(s.schemeId);
          if (to !== from) want.push({ snapshotId: h[k].id, at: h[k].takenAt, schemeId: s.schemeId, from, to });
          last.set(s.schemeId, to);
        }));
        expect(customerMoves([...h].reverse(), p)).toEqual(want);
      }
    }), { numRuns: 60 });
  });
});
