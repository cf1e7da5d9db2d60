import type { ClvResult } from './clv.ts';
import { NPS_DETRACTOR, NPS_PROMOTER, type MetricsBase } from './metrics-base.ts';
import { forEachMember, type MemberSet } from '../segments/member-set.ts';

/**
 * The metrics of one segment (issue #3). Money in integer minor units. Every ratio is `undefined`
 * when its denominator is 0 (an empty segment, no buyers, nobody answered the NPS survey), never NaN.
 * "Buyers" are members with at least one counted order on or before the as-of day.
 */
export interface SegmentMetrics {
  /** Live members. */
  size: number;
  /** size / live customers. */
  share?: number;
  buyers: number;
  /** Counted orders of the members up to as-of. */
  orders: number;
  /** Net sum of those orders. */
  revenue: number;
  /** revenue / revenue of all live customers. */
  revenueShare?: number;
  /** Average order value: revenue / orders. */
  aov?: number;
  /** Orders per buyer: orders / buyers. */
  avgFrequency?: number;
  /** Mean days from a buyer's last order to as-of. */
  avgRecencyDays?: number;
  /** Historical CLV: revenue / buyers (what a buyer of this segment has spent so far). */
  historicalClv?: number;
  /** Buyers whose last order is more than `churnDays` before as-of. */
  churned: number;
  /** churned / buyers. */
  churnRate?: number;
  /** Members who bought in the previous period (asOf − 2P, asOf − P]. */
  retentionBase: number;
  /** Of those, the ones who bought again in the current period (asOf − P, asOf]. */
  retained: number;
  /** retained / retentionBase. */
  retentionRate?: number;
  /** Members with an NPS answer (0–10); promoters answered 9–10, detractors 0–6. */
  npsRespondents: number;
  promoters: number;
  detractors: number;
  /** 100 · (promoters − detractors) / respondents, from −100 to 100. */
  nps?: number;
  /** Present when a fitted CLV model was given; averages over buyers (the customers the model covers). */
  predicted?: {
    /** Mean predicted CLV over the model's horizon, minor units. */
    avgClv?: number;
    totalClv: number;
    /**
     * Mean probability of being still active. BG/NBD gives one-time buyers P(alive) = 1 however long
     * ago they bought (its drop-out follows a repeat purchase), so a segment of one-time buyers reads
     * 100 %: show expected purchases beside it.
     */
    avgPAlive?: number;
    /** Sum of expected orders within the horizon. */
    expectedPurchases: number;
  };
}

export interface SegmentMetricsOptions {
  /** A fitted model from ./clv.ts; a not-fitted result is ignored (no `predicted`). */
  clv?: ClvResult;
}

const ratio = (a: number, b: number): number | undefined => (b > 0 ? a / b : undefined);

export function segmentMetrics(base: MetricsBase, members: MemberSet, options: SegmentMetricsOptions = {}): SegmentMetrics {
  const { live, frequency, monetary, recencyDays, boughtPrevious, boughtCurrent, npsClass, churnDays } = base;
  const clv = options.clv?.ok ? options.clv : undefined;
  let size = 0;
  let buyers = 0;
  let orders = 0;
  let revenue = 0;
  let recency = 0;
  let churned = 0;
  let retentionBase = 0;
  let retained = 0;
  let respondents = 0;
  let promoters = 0;
  let detractors = 0;
  let totalClv = 0;
  let pAlive = 0;
  let expected = 0;
  forEachMember(members, (c) => {
    if (c >= base.size || live[c] !== 1) return;
    size++;
    const f = frequency[c];
    if (f > 0) {
      buyers++;
      orders += f;
      revenue += monetary[c];
      recency += recencyDays[c];
      if (recencyDays[c] > churnDays) churned++;
      if (clv) {
        totalClv += clv.predictedClv[c];
        pAlive += clv.pAlive[c];
        expected += clv.expectedPurchases[c];
      }
    }
    if (boughtPrevious[c] === 1) {
      retentionBase++;
      if (boughtCurrent[c] === 1) retained++;
    }
    const n = npsClass[c];
    if (n >= 0) {
      respondents++;
      if (n === NPS_PROMOTER) promoters++;
      else if (n === NPS_DETRACTOR) detractors++;
    }
  });
  const npsShare = ratio(promoters - detractors, respondents);
  return {
    size,
    share: ratio(size, base.liveCount),
    buyers,
    orders,
    revenue,
    revenueShare: ratio(revenue, base.totalRevenue),
    aov: ratio(revenue, orders),
    avgFrequency: ratio(orders, buyers),
    avgRecencyDays: ratio(recency, buyers),
    historicalClv: ratio(revenue, buyers),
    churned,
    churnRate: ratio(churned, buyers),
    retentionBase,
    retained,
    retentionRate: ratio(retained, retentionBase),
    npsRespondents: respondents,
    promoters,
    detractors,
    nps: npsShare === undefined ? undefined : 100 * npsShare,
    ...(clv && { predicted: { avgClv: ratio(totalClv, buyers), totalClv, avgPAlive: ratio(pAlive, buyers), expectedPurchases: expected } }),
  };
}
