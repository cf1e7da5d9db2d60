import { describe, expect, it } from 'vitest';
import { parsePortableSnapshot } from '../../core/segments/parse-portable-snapshot.ts';
import { snapshotToPortable } from '../../core/segments/portable-snapshot.ts';
import type { PortableSnapshot } from '../../core/segments/portable-snapshot.ts';
import type { SchemeState } from '../../core/segments/segment.ts';
import { takeSnapshot } from '../../core/segments/take-snapshot.ts';

const state = (codes: number[]): SchemeState => ({ schemeId: 'one', labels: ['a', 'b'], codes: Int16Array.from(codes) });
const ids = Array.from({ length: 16 }, (_, i) => `c${i}`);
const a = takeSnapshot([], [state(Array(16).fill(0))], { s: 3 }, { reason: 'import', liveCount: 16, takenAt: 1, id: 'a' });
const b = takeSnapshot([a], [state([1, ...Array(15).fill(0)])], { s: 4 }, { reason: 'recompute', liveCount: 16, takenAt: 2, id: 'b' });
const json = (r: typeof a): PortableSnapshot => JSON.parse(JSON.stringify(snapshotToPortable(r, ids)));

describe('parsing a received portable snapshot', () => {
  it('accepts what snapshotToPortable writes, keyframes and deltas', () => {
    expect(parsePortableSnapshot(json(a))).toEqual(json(a));
    expect(parsePortableSnapshot(json(b))).toEqual(json(b));
  });

  it('refuses a wrong shape, a code past the labels, codes not matching ids, and a scheme twice', () => {
    const bad: unknown[] = [
      { ...json(a), type: 'other' },
      { ...json(a), takenAt: 'yesterday' },
      { ...json(a), schemes: [{ ...json(a).schemes[0], codes: [2, ...Array(15).fill(0)] }] },
      { ...json(a), ids: ids.slice(1) },
      { ...json(a), ids: undefined },
      { ...json(b), schemes: [{ ...json(b).schemes[0], codes: [] }] },
      { ...json(b), schemes: [json(b).schemes[0], json(b).schemes[0]] },
      { ...json(b), schemes: [{ ...json(b).schemes[0], depth: 0 }] },
    ];
    for (const x of bad) expect(() => parsePortableSnapshot(x)).toThrow();
  });
});
