import { describe, expect, it } from 'vitest';
import { campaignMetrics } from '../../core/metrics/campaign-metrics.ts';
import { metricsBase } from '../../core/metrics/metrics-base.ts';
import { CAMPAIGN_EVENT, type CampaignTable } from '../../core/model/campaigns.ts';
import { emptySet, fromIndexes, fullSet } from '../../core/segments/member-set.ts';
import { smallDataset } from './fixture.ts';

const { sent, opened, clicked, converted } = CAMPAIGN_EVENT;
const ds = smallDataset();
const base = metricsBase(ds, ds.scores!);

// Two campaigns over the six customers of the fixture (customer 2 is deleted).
const rows: [campaign: number, customer: number, events: number, revenue: number, cost: number][] = [
  [0, 0, sent | opened | clicked | converted, 5000, 100],
  [0, 1, sent | opened, 0, 100],
  [0, 2, sent | opened | clicked | converted, 9000, 100], // deleted: never counts
  [0, 4, sent, 0, 100],
  [0, 5, converted, 1000, 100], // converted without a sent flag: counts as sent
  [1, 0, sent | clicked, 0, 50], // clicked without a tracked open
  [1, 3, sent, 0, 50],
];
const table: CampaignTable = {
  length: rows.length,
  campaign: Int32Array.from(rows, (r) => r[0]),
  names: ['Spring sale', 'Newsletter'],
  customer: Int32Array.from(rows, (r) => r[1]),
  events: Uint8Array.from(rows, (r) => r[2]),
  revenue: Float64Array.from(rows, (r) => r[3]),
  cost: Float64Array.from(rows, (r) => r[4]),
  updatedAt: new Float64Array(rows.length),
};

describe('campaign metrics', () => {
  it('computes counts, rates and ROI per campaign and in total over all live customers', () => {
    const { campaigns, total } = campaignMetrics(base, table, fullSet(6));
    expect(campaigns[0]).toEqual({
      campaign: 0, name: 'Spring sale', sent: 4, opened: 2, clicked: 1, converted: 2,
      openRate: 0.5, clickRate: 0.25, clickToOpenRate: 0.5, conversionRate: 0.5,
      revenue: 6000, cost: 400, roi: (6000 - 400) / 400,
    });
    expect(campaigns[1]).toMatchObject({ sent: 2, opened: 0, clicked: 1, clickToOpenRate: undefined, conversionRate: 0, revenue: 0, cost: 100, roi: -1 });
    expect(total).toMatchObject({ campaign: -1, sent: 6, opened: 2, clicked: 2, converted: 2, conversionRate: 2 / 6, revenue: 6000, cost: 500, roi: 11 });
  });

  it('counts only the segment’s members', () => {
    const { campaigns } = campaignMetrics(base, table, fromIndexes(6, [1, 3]));
    expect(campaigns.map((c) => [c.sent, c.opened, c.converted, c.cost])).toEqual([[1, 1, 0, 100], [1, 0, 0, 50]]);
  });

  it('leaves rates and ROI undefined, not NaN, where nothing was sent or nothing cost', () => {
    const { campaigns, total } = campaignMetrics(base, table, emptySet(6));
    expect(campaigns[0]).toMatchObject({ sent: 0, openRate: undefined, conversionRate: undefined, roi: undefined });
    expect(total.roi).toBeUndefined();
    const free = { ...table, cost: new Float64Array(rows.length) };
    expect(campaignMetrics(base, free, fullSet(6)).campaigns[0].roi).toBeUndefined();
  });
});
