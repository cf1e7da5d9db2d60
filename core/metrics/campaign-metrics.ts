import type { MetricsBase } from './metrics-base.ts';
import { CAMPAIGN_EVENT, type CampaignTable } from '../model/campaigns.ts';
import { has, type MemberSet } from '../segments/member-set.ts';

/**
 * One campaign's results among a segment's members (issue #3), or their total over campaigns.
 * Counts are of (campaign, customer) rows; a row with any event counts as sent (an opened or
 * converted message was sent, even when the file left the sent column empty). Rates are over sent;
 * `clickToOpenRate` is clicked / opened. Money in minor units. Ratios are undefined, never NaN,
 * when their denominator is 0; ROI = (revenue − cost) / cost is undefined when cost is 0.
 */
export interface CampaignMetrics {
  /** Index into the table's `names`; -1 for the total. */
  campaign: number;
  name: string;
  sent: number;
  opened: number;
  clicked: number;
  converted: number;
  openRate?: number;
  clickRate?: number;
  clickToOpenRate?: number;
  conversionRate?: number;
  revenue: number;
  cost: number;
  roi?: number;
}

export interface SegmentCampaigns {
  /** One entry per campaign of the table, in `names` order (zeros where no member was reached). */
  campaigns: CampaignMetrics[];
  total: CampaignMetrics;
}

const ratio = (a: number, b: number): number | undefined => (b > 0 ? a / b : undefined);

export function campaignMetrics(base: MetricsBase, table: CampaignTable, members: MemberSet): SegmentCampaigns {
  const k = table.names.length;
  const sent = new Float64Array(k);
  const opened = new Float64Array(k);
  const clicked = new Float64Array(k);
  const converted = new Float64Array(k);
  const revenue = new Float64Array(k);
  const cost = new Float64Array(k);
  for (let i = 0; i < table.length; i++) {
    const c = table.customer[i];
    if (c < 0 || c >= base.size || base.live[c] !== 1 || !has(members, c)) continue;
    const g = table.campaign[i];
    const e = table.events[i];
    if (e !== 0) sent[g]++;
    if (e & CAMPAIGN_EVENT.opened) opened[g]++;
    if (e & CAMPAIGN_EVENT.clicked) clicked[g]++;
    if (e & CAMPAIGN_EVENT.converted) converted[g]++;
    revenue[g] += table.revenue[i];
    cost[g] += table.cost[i];
  }
  const row = (campaign: number, name: string, s: number, o: number, cl: number, cv: number, r: number, co: number): CampaignMetrics => ({
    campaign,
    name,
    sent: s,
    opened: o,
    clicked: cl,
    converted: cv,
    openRate: ratio(o, s),
    clickRate: ratio(cl, s),
    clickToOpenRate: ratio(cl, o),
    conversionRate: ratio(cv, s),
    revenue: r,
    cost: co,
    roi: co > 0 ? (r - co) / co : undefined,
  });
  const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
  return {
    campaigns: table.names.map((name, g) => row(g, name, sent[g], opened[g], clicked[g], converted[g], revenue[g], cost[g])),
    total: row(-1, '', sum(sent), sum(opened), sum(clicked), sum(converted), sum(revenue), sum(cost)),
  };
}
