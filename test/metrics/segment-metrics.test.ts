import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { metricsBase } from '../../core/metrics/metrics-base.ts';
import { segmentMetrics } from '../../core/metrics/segment-metrics.ts';
import type { ClvModel } from '../../core/metrics/clv.ts';
import { emptySet, fromIndexes, fullSet, or, andNot } from '../../core/segments/member-set.ts';
import { smallDataset } from './fixture.ts';

const ds = smallDataset();
const base = metricsBase(ds, ds.scores!);

describe('segment metrics', () => {
  it('computes every metric of all customers by hand (deleted, cancelled and later orders left out)', () => {
    const m = segmentMetrics(base, fullSet(6));
    expect(m).toEqual({
      size: 5,
      share: 1,
      buyers: 4,
      orders: 7,
      revenue: 9400,
      revenueShare: 1,
      aov: 9400 / 7,
      avgFrequency: 7 / 4,
      avgRecencyDays: (12 + 245 + 1 + 153) / 4,
      historicalClv: 9400 / 4,
      churned: 1,
      churnRate: 0.25,
      retentionBase: 3,
      retained: 2,
      retentionRate: 2 / 3,
      npsRespondents: 4,
      promoters: 2,
      detractors: 1,
      nps: 25,
    });
  });

  it('counts a deleted customer in no segment, even when its bit is set', () => {
    const m = segmentMetrics(base, fromIndexes(6, [0, 1, 2]));
    expect(m.size).toBe(2);
    expect(m.share).toBeCloseTo(2 / 5, 12);
    expect(m.orders).toBe(3);
    expect(m.revenue).toBe(6000);
    expect(m.revenueShare).toBeCloseTo(6000 / 9400, 12);
    expect(m.aov).toBe(2000);
    expect(m.avgRecencyDays).toBe(128.5);
    expect(m.churnRate).toBe(0.5);
    expect(m.retentionRate).toBe(1);
    expect(m.nps).toBe(0);
  });

  it('gives zeros and undefined ratios, never NaN, for an empty segment', () => {
    const m = segmentMetrics(base, emptySet(6));
    expect(m).toEqual({
      size: 0, share: 0, buyers: 0, orders: 0, revenue: 0, revenueShare: 0, aov: undefined, avgFrequency: undefined,
      avgRecencyDays: undefined, historicalClv: undefined, churned: 0, churnRate: undefined, retentionBase: 0, retained: 0,
      retentionRate: undefined, npsRespondents: 0, promoters: 0, detractors: 0, nps: undefined,
    });
  });

  it('counts a member with no orders in size and NPS but not among buyers', () => {
    const m = segmentMetrics(base, fromIndexes(6, [3]));
    expect(m).toMatchObject({ size: 1, buyers: 0, orders: 0, aov: undefined, npsRespondents: 1, promoters: 0, detractors: 0, nps: 0 });
  });

  it('moves churn with the churn window: 245 days is churned at 180 but not at 250', () => {
    expect(segmentMetrics(metricsBase(ds, ds.scores!, { churnDays: 250 }), fullSet(6)).churned).toBe(0);
    expect(segmentMetrics(metricsBase(ds, ds.scores!, { churnDays: 152 }), fullSet(6)).churned).toBe(2);
  });

  it('moves retention with the period: at 45 days only Eva bought in both periods (09-15, then 10-31)', () => {
    const m = segmentMetrics(metricsBase(ds, ds.scores!, { retentionDays: 60 }), fullSet(6));
    // 60 days: previous 2026-07-05..09-02 (nobody), current 09-03..11-01 → base 0.
    expect(m.retentionBase).toBe(0);
    expect(m.retentionRate).toBeUndefined();
    const m45 = segmentMetrics(metricsBase(ds, ds.scores!, { retentionDays: 45 }), fullSet(6));
    // 45 days: previous 2026-08-04..09-17 (Eva 09-15), current 09-18..11-01 (Eva 10-31, Anna 10-20).
    expect(m45).toMatchObject({ retentionBase: 1, retained: 1, retentionRate: 1 });
  });

  it('averages predicted CLV and P(alive) over the members who bought', () => {
    const clv = {
      ok: true,
      predictedClv: Float64Array.from([100, 200, 999, 0, 300, 400]),
      pAlive: Float64Array.from([0.9, 0.1, 1, 0, 0.5, 0.3]),
      expectedPurchases: Float64Array.from([1, 2, 9, 0, 3, 4]),
    } as unknown as ClvModel; // only the arrays are read
    const m = segmentMetrics(base, fromIndexes(6, [0, 2, 3, 4]), { clv });
    expect(m.predicted).toEqual({ avgClv: 200, totalClv: 400, avgPAlive: 0.7, expectedPurchases: 4 });
    expect(segmentMetrics(base, fullSet(6), { clv: { ok: false } as never }).predicted).toBeUndefined();
  });

  it('adds up over disjoint segments: counts and sums of a union are the sums of the parts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 })), fc.array(fc.integer({ min: 0, max: 5 })), (xs, ys) => {
        const a = fromIndexes(6, xs);
        const b = andNot(fromIndexes(6, ys), a);
        const [ma, mb, mu] = [segmentMetrics(base, a), segmentMetrics(base, b), segmentMetrics(base, or(a, b))];
        for (const k of ['size', 'buyers', 'orders', 'revenue', 'churned', 'retentionBase', 'retained', 'npsRespondents'] as const) {
          expect(mu[k]).toBe(ma[k] + mb[k]);
        }
      }),
    );
  });
});
