import { dayOfIso } from '../model/dates.ts';
import type { CustomerScores, Dataset } from '../model/dataset.ts';

export interface MetricsOptions {
  /** A buyer whose last counted order is more than this many days before as-of has churned (default 180). */
  churnDays?: number;
  /**
   * Length P of the retention period in days (default 90: a quarter, the period shop owners report
   * on, and long enough for regular buyers: on the generator's M data 90 % of the gaps between a
   * customer's consecutive orders are ≤ 69 days, and retention is nearly settled at P = 90
   * (0.77, against 0.72 at 60 and 0.78 at 180), so a shorter P would count slow regulars as lost).
   */
  retentionDays?: number;
}

/** NPS classes of ./metrics-base.ts `npsClass`. */
export const NPS_NONE = -1;
export const NPS_DETRACTOR = 0;
export const NPS_PASSIVE = 1;
export const NPS_PROMOTER = 2;

/**
 * Per-customer figures every segment's metrics are sums over, computed once per dataset and scores
 * (one pass over the orders), so the metrics of 20 segments cost a pass over their members each.
 * Counted orders on or before the as-of day only, as RFM (shared/spec/rfm.md); deleted customers
 * are not live and count nowhere.
 */
export interface MetricsBase {
  /** Customer positions: `dataset.customers.length`. */
  size: number;
  asOfDay: number;
  churnDays: number;
  retentionDays: number;
  /** 1 = live (not deleted). */
  live: Uint8Array;
  liveCount: number;
  /** From the scores: counted orders, their net sum (minor units) and days since the last, up to as-of. */
  frequency: Int32Array;
  monetary: Float64Array;
  recencyDays: Int32Array;
  /** 1 = at least one counted order in (asOf − 2P, asOf − P] / in (asOf − P, asOf]. */
  boughtPrevious: Uint8Array;
  boughtCurrent: Uint8Array;
  /** NPS_NONE, NPS_DETRACTOR (0–6), NPS_PASSIVE (7–8) or NPS_PROMOTER (9–10). */
  npsClass: Int8Array;
  /** Live customers with a counted order, and their revenue (minor units): the shares' denominators. */
  totalBuyers: number;
  totalRevenue: number;
  /**
   * Counted orders up to as-of grouped by customer: the rows of customer c are
   * `orderRows[orderStart[c] .. orderStart[c + 1])` (for the persona's categories and channels).
   */
  orderStart: Int32Array;
  orderRows: Int32Array;
}

export function metricsBase(ds: Dataset, scores: CustomerScores, options: MetricsOptions = {}): MetricsBase {
  const churnDays = options.churnDays ?? 180;
  const retentionDays = options.retentionDays ?? 90;
  if (!(churnDays >= 0) || !(retentionDays >= 1)) throw new RangeError('The churn window must be ≥ 0 days and the retention period ≥ 1 day.');
  const asOfDay = dayOfIso(scores.scores.settings.asOf);
  if (asOfDay === undefined) throw new RangeError(`The as-of date "${scores.scores.settings.asOf}" is not a calendar date.`);
  const size = ds.customers.length;
  const live = new Uint8Array(size);
  const npsClass = new Int8Array(size).fill(NPS_NONE);
  const { frequency, monetary, recencyDays } = scores.input;
  let liveCount = 0;
  let totalBuyers = 0;
  let totalRevenue = 0;
  for (let c = 0; c < size; c++) {
    const customer = ds.customers[c];
    if (customer.deleted) continue;
    live[c] = 1;
    liveCount++;
    if (frequency[c] > 0) {
      totalBuyers++;
      totalRevenue += monetary[c];
    }
    const nps = customer.nps;
    if (typeof nps === 'number' && nps >= 0 && nps <= 10) npsClass[c] = nps >= 9 ? NPS_PROMOTER : nps <= 6 ? NPS_DETRACTOR : NPS_PASSIVE;
  }

  const boughtPrevious = new Uint8Array(size);
  const boughtCurrent = new Uint8Array(size);
  const orderStart = new Int32Array(size + 1);
  const { length, customer, time, counted } = ds.orders;
  const currentFrom = asOfDay - retentionDays; // exclusive
  const previousFrom = asOfDay - 2 * retentionDays; // exclusive
  const counts = orderStart; // counts first, turned into starts below
  for (let i = 0; i < length; i++) {
    if (counted[i] !== 1) continue;
    const c = customer[i];
    if (live[c] !== 1) continue;
    const day = Math.floor(time[i] / 86400);
    if (!(day <= asOfDay)) continue;
    counts[c + 1]++;
    if (day > currentFrom) boughtCurrent[c] = 1;
    else if (day > previousFrom) boughtPrevious[c] = 1;
  }
  for (let c = 0; c < size; c++) orderStart[c + 1] += orderStart[c];
  const orderRows = new Int32Array(orderStart[size]);
  const fill = orderStart.slice(0, size);
  for (let i = 0; i < length; i++) {
    if (counted[i] !== 1) continue;
    const c = customer[i];
    if (live[c] !== 1 || !(Math.floor(time[i] / 86400) <= asOfDay)) continue;
    orderRows[fill[c]++] = i;
  }
  return {
    size,
    asOfDay,
    churnDays,
    retentionDays,
    live,
    liveCount,
    frequency,
    monetary,
    recencyDays,
    boughtPrevious,
    boughtCurrent,
    npsClass,
    totalBuyers,
    totalRevenue,
    orderStart,
    orderRows,
  };
}
