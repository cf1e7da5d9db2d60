/**
 * Results of mailing or ad campaigns, imported from a campaign results file (issue #3: campaign,
 * customer, sent/opened/clicked/converted, revenue, cost), as columns. One row per campaign and
 * customer; re-importing the same pair replaces the row, so importing a file twice changes nothing.
 */
export interface CampaignTable {
  length: number;
  /** Index into `names`. */
  campaign: Int32Array;
  names: string[];
  /** Position in the dataset's customer array. */
  customer: Int32Array;
  /** Bit flags, see CAMPAIGN_EVENT. */
  events: Uint8Array;
  /** Revenue attributed to the campaign for this customer, integer minor units. */
  revenue: Float64Array;
  /** Cost of reaching this customer, integer minor units (a campaign's cost is the sum of its rows). */
  cost: Float64Array;
  /** ms since epoch each row was last written. */
  updatedAt: Float64Array;
}

export const CAMPAIGN_EVENT = { sent: 1, opened: 2, clicked: 4, converted: 8 } as const;
