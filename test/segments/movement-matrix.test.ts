import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movementBetween, movementMatrix } from '../../core/segments/movement-matrix.ts';
import type { SchemeState } from '../../core/segments/segment.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';
import { takeSnapshot } from '../../core/segments/take-snapshot.ts';
import { evolve, steps } from './history-fixture.ts';

const state = (labels: string[], codes: number[]): SchemeState => ({ schemeId: 'one', labels, codes: Int16Array.from(codes) });

describe('movement matrix', () => {
  it('counts hand-checked moves, with new and gone customers and labels that differ between the two sides', () => {
    const from = state(['a', 'b'], [0, 0, 1, -1, -2, 1]);
    const to = state(['a', 'b', 'c'], [0, 1, 2, 0, 1, -2, -1, -2]);
    // rows: a, b, everyone else, new; columns: a, b, c, everyone else, gone
    expect(movementBetween(from, to)).toEqual({
      schemeId: 'one', fromLabels: ['a', 'b'], toLabels: ['a', 'b', 'c'],
      counts: [
        [1, 1, 0, 0, 0],
        [0, 0, 1, 0, 1],
        [1, 0, 0, 0, 0],
        [0, 1, 0, 1, 0],
      ],
    });
  });

  it('rows sum to the earlier sizes and columns to the later ones, between any two recorded snapshots', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), steps, fc.nat(), fc.nat(), (start, all, x, y) => {
      const history: SnapshotRecord[] = [];
      const recorded: SchemeState[] = [];
      for (const states of evolve(start, all)) {
        history.push(takeSnapshot(history, states, {}, { reason: 'recompute', liveCount: 0, takenAt: history.length, id: `s${history.length}` },
          { encode: { keyframeEvery: 4, maxDeltaShare: 1 / 8, maxChainShare: 1 } }));
        recorded.push(states[0]);
      }
      const i = x % history.length, j = y % history.length;
      const m = movementMatrix(history, history[i].id, history[j].id, 'one')!;
      const bucket = (s: SchemeState, code: number) => s.codes.filter((c) => c === code).length;
      const a = recorded[i], b = recorded[j];
      const rowSums = m.counts.map((r) => r.reduce((p, q) => p + q, 0));
      const colSums = m.counts[0].map((_, c) => m.counts.reduce((p, r) => p + r[c], 0));
      const at = (s: SchemeState, k: number) => (k < s.codes.length ? s.codes[k] : -2);
      const span = [...Array(Math.max(a.codes.length, b.codes.length)).keys()];
      const newCount = span.filter((k) => at(a, k) === -2 && at(b, k) !== -2).length;
      const gone = span.filter((k) => at(a, k) !== -2 && at(b, k) === -2).length;
      expect(rowSums).toEqual([...a.labels.map((_, k) => bucket(a, k)), bucket(a, -1), newCount]);
      expect(colSums.slice(0, -1)).toEqual([...b.labels.map((_, k) => bucket(b, k)), bucket(b, -1)]);
      expect(colSums.at(-1)).toBe(gone);
      // And cell by cell against the recorded states.
      const slot = (s: SchemeState, c: number) => (c >= 0 ? c : c === -1 ? s.labels.length : s.labels.length + 1);
      const want = m.counts.map((r) => r.map(() => 0));
      for (const k of span) if (at(a, k) !== -2 || at(b, k) !== -2) want[slot(a, at(a, k))][slot(b, at(b, k))]++;
      expect(m.counts).toEqual(want);
    }), { numRuns: 100 });
  });

  it('is undefined when a snapshot lacks the scheme', () => {
    const a = takeSnapshot([], [state(['a'], [0])], {}, { reason: 'import', liveCount: 1, takenAt: 1, id: 'a' });
    expect(movementMatrix([a], 'a', 'a', 'other')).toBeUndefined();
    expect(movementMatrix([a], 'a', 'a', 'one')!.counts).toEqual([[1, 0, 0], [0, 0, 0], [0, 0, 0]]);
  });
});
