import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignScheme, rfmSchemeState } from '../../core/segments/assign-scheme.ts';
import { fromIndexes, has } from '../../core/segments/member-set.ts';
import type { MemberSet } from '../../core/segments/member-set.ts';
import { RFM_SCHEME_ID } from '../../core/segments/segment.ts';
import type { SchemeDef } from '../../core/segments/segment.ts';

const scheme = (segmentIds: string[]): SchemeDef => ({ id: 'sch', name: 'Scheme', segmentIds, createdAt: 0, updatedAt: 0 });

const world = fc.integer({ min: 0, max: 150 }).chain((size) => fc.record({
  size: fc.constant(size),
  live: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
  segments: fc.array(fc.array(fc.boolean(), { minLength: size, maxLength: size }), { maxLength: 6 }),
  order: fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 8 }),
}));

const setOf = (bits: boolean[]): MemberSet => fromIndexes(bits.length, bits.flatMap((b, i) => (b ? [i] : [])));

describe('assigning a scheme', () => {
  it('puts every live customer in exactly the first listed segment holding it, else everyone else, and no one else anywhere', () => {
    fc.assert(fc.property(world, ({ size, live, segments, order }) => {
      const members = new Map(segments.map((bits, k) => [`s${k}` as string, setOf(bits)] as const));
      const ids = order.map((k) => `s${k}`); // s6, s7 may be missing; repeats allowed
      const st = assignScheme(scheme(ids), members, setOf(live), size);
      const present = [...new Set(ids.filter((id) => members.has(id)))];
      expect(st.labels).toEqual(present);
      expect(st.codes.length).toBe(size);
      for (let i = 0; i < size; i++) {
        const first = present.findIndex((id) => has(members.get(id)!, i));
        expect(st.codes[i]).toBe(!live[i] ? -2 : first);
      }
    }));
  });

  it('counts of each bucket add up to the live customers', () => {
    fc.assert(fc.property(world, ({ size, live, segments }) => {
      const members = new Map(segments.map((bits, k) => [`s${k}` as string, setOf(bits)] as const));
      const st = assignScheme(scheme([...members.keys()]), members, setOf(live), size);
      const buckets = new Map<number, number>();
      for (const c of st.codes) buckets.set(c, (buckets.get(c) ?? 0) + 1);
      const liveCount = live.filter(Boolean).length;
      expect(size - (buckets.get(-2) ?? 0)).toBe(liveCount);
    }));
  });

  it('gives a hand-checked assignment where an earlier segment shadows a later one', () => {
    const members = new Map([['vip', fromIndexes(6, [0, 1])], ['active', fromIndexes(6, [1, 2, 5])]]);
    const st = assignScheme(scheme(['vip', 'gone', 'active']), members, fromIndexes(6, [0, 1, 2, 3, 4]), 6);
    expect(st).toEqual({ schemeId: 'sch', labels: ['vip', 'active'], codes: Int16Array.from([0, 0, 1, -1, -1, -2]) });
  });

  it('takes the RFM scheme from scores, with non-live positions marked not live', () => {
    const st = rfmSchemeState(Int16Array.from([2, -1, 0, 1]), ['Champions', 'Loyal', 'Lost'], fromIndexes(4, [0, 1, 3]));
    expect(st).toEqual({ schemeId: RFM_SCHEME_ID, labels: ['Champions', 'Loyal', 'Lost'], codes: Int16Array.from([2, -1, -2, 1]) });
  });
});
