import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotFromPortable, snapshotToPortable } from '../../core/segments/portable-snapshot.ts';
import { reconstruct } from '../../core/segments/reconstruct.ts';
import type { SchemeState } from '../../core/segments/segment.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';
import { takeSnapshot } from '../../core/segments/take-snapshot.ts';
import { evolve, mulberry32, steps } from './history-fixture.ts';

function recordHistory(start: number, all: Parameters<typeof evolve>[1]) {
  const h: SnapshotRecord[] = [];
  const recorded: SchemeState[][] = [];
  for (const states of evolve(start, all)) {
    h.push(takeSnapshot(h, states, { seg: h.length }, { reason: 'recompute', liveCount: 7, takenAt: h.length * 1000, id: `s${h.length}` },
      { encode: { keyframeEvery: 4, maxDeltaShare: 1 / 8, maxChainShare: 1 } }));
    recorded.push(states);
  }
  return { h, recorded };
}

describe('portable snapshots', () => {
  it('round-trip through JSON to the same records on the same device, typed arrays included', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), steps, (start, all) => {
      const { h } = recordHistory(start, all);
      const count = h.at(-1)!.customerCount;
      const ids = Array.from({ length: count }, (_, i) => `c${i}`);
      const positionOf = new Map(ids.map((id, i) => [id, i]));
      for (const r of h) {
        const back = snapshotFromPortable(JSON.parse(JSON.stringify(snapshotToPortable(r, ids))), positionOf, r.customerCount);
        expect(back).toEqual(r);
      }
    }), { numRuns: 60 });
  });

  it('rebuild on another device, with other positions and customers, the states of the customers both know', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), steps, fc.integer(), (start, all, seed) => {
      const { h, recorded } = recordHistory(start, all);
      const count = h.at(-1)!.customerCount;
      const idsA = Array.from({ length: count }, (_, i) => `c${i}`);
      // Device B: a shuffled subset of A's customers plus some of its own.
      const rnd = mulberry32(seed);
      const idsB = [...idsA.filter(() => rnd() < 0.8), 'x1', 'x2'].sort(() => rnd() - 0.5);
      const positionOf = new Map(idsB.map((id, i) => [id, i]));
      const onB = h.map((r) => snapshotFromPortable(JSON.parse(JSON.stringify(snapshotToPortable(r, idsA))), positionOf, idsB.length));
      onB.forEach((r, k) => {
        for (const want of recorded[k]) {
          const got = reconstruct(onB.toReversed(), r.id, want.schemeId)!;
          expect(got.labels).toEqual(want.labels);
          idsB.forEach((id, p) => {
            const a = id.startsWith('c') ? +id.slice(1) : -1;
            expect(got.codes[p]).toBe(a >= 0 && a < want.codes.length ? want.codes[a] : -2);
          });
        }
      });
    }), { numRuns: 60 });
  });

  it('refuses a position with no customer id', () => {
    const r = takeSnapshot([], [{ schemeId: 'one', labels: ['a'], codes: Int16Array.from([0, 0]) }], {}, { reason: 'import', liveCount: 2, takenAt: 1 });
    expect(() => snapshotToPortable(r, ['only-one'])).toThrow(/position 1/);
  });
});
