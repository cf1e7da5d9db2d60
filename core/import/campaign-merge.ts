import type { CampaignTable } from '../model/campaigns.ts';
import type { ResolvedCampaignRow } from './campaign-identity.ts';
import type { CampaignRejectCode } from './campaign-reader.ts';
import type { RejectedRow } from './types.ts';

export interface CampaignMergeResult {
  /** A new table; the input is never modified. */
  table: CampaignTable;
  /** Pairs (campaign, customer) not in the table before. */
  added: number;
  /** Pairs whose row changed. */
  replaced: number;
  /** Pairs already in the table with the same values (their `updatedAt` is kept). */
  unchanged: number;
  /** Repeats of a pair within the file. */
  rejected: RejectedRow[];
}

export function emptyCampaignTable(): CampaignTable {
  return {
    length: 0, campaign: new Int32Array(0), names: [], customer: new Int32Array(0), events: new Uint8Array(0),
    revenue: new Float64Array(0), cost: new Float64Array(0), updatedAt: new Float64Array(0),
  };
}

/**
 * Merges a file's rows into the table: one row per (campaign, customer); a pair already present is
 * replaced by the file's row, so importing the same file again changes nothing, and another file adds
 * its pairs. Within one file a pair should appear once: an exact repeat is reported as a warning and
 * counted once; a repeat with other values is rejected (which of two contradicting rows is right is
 * not ours to guess, as with order ids).
 */
export function mergeCampaignRows(before: CampaignTable | undefined, rows: readonly ResolvedCampaignRow[], file: string, now: number): CampaignMergeResult {
  const old = before ?? emptyCampaignTable();
  const names = old.names.slice();
  const nameIndex = new Map<string, number>();
  names.forEach((n, i) => { if (!nameIndex.has(n)) nameIndex.set(n, i); });
  const keyOf = (campaign: number, customer: number) => campaign * 2 ** 31 + customer;
  const rowOf = new Map<number, number>();
  for (let i = 0; i < old.length; i++) rowOf.set(keyOf(old.campaign[i], old.customer[i]), i);

  const cap = old.length + rows.length;
  const t: CampaignTable = {
    length: old.length, names,
    campaign: grow(old.campaign, cap, Int32Array), customer: grow(old.customer, cap, Int32Array),
    events: grow(old.events, cap, Uint8Array), revenue: grow(old.revenue, cap, Float64Array),
    cost: grow(old.cost, cap, Float64Array), updatedAt: grow(old.updatedAt, cap, Float64Array),
  };
  const rejected: RejectedRow[] = [];
  const reject = (r: ResolvedCampaignRow, code: CampaignRejectCode, reason: string, kept: boolean) =>
    rejected.push({ file, line: r.line, value: r.campaign, code, reason, kept });
  const seen = new Map<number, ResolvedCampaignRow>();
  let added = 0, replaced = 0, unchanged = 0;

  for (const r of rows) {
    let c = nameIndex.get(r.campaign);
    if (c === undefined) {
      c = names.push(r.campaign) - 1;
      nameIndex.set(r.campaign, c);
    }
    const key = keyOf(c, r.customer);
    const earlier = seen.get(key);
    if (earlier) {
      const same = earlier.events === r.events && earlier.revenue === r.revenue && earlier.cost === r.cost;
      reject(r, 'duplicate_campaign_row', same
        ? `The same campaign and customer again (line ${earlier.line}), with the same values: imported once.`
        : `The same campaign and customer as line ${earlier.line}, with other values.`, same);
      continue;
    }
    seen.set(key, r);
    const i = rowOf.get(key);
    if (i === undefined) {
      const k = t.length++;
      t.campaign[k] = c; t.customer[k] = r.customer; t.events[k] = r.events;
      t.revenue[k] = r.revenue; t.cost[k] = r.cost; t.updatedAt[k] = now;
      rowOf.set(key, k);
      added++;
    } else if (t.events[i] === r.events && t.revenue[i] === r.revenue && t.cost[i] === r.cost) {
      unchanged++;
    } else {
      t.events[i] = r.events; t.revenue[i] = r.revenue; t.cost[i] = r.cost; t.updatedAt[i] = now;
      replaced++;
    }
  }
  const n = t.length;
  return {
    table: { ...t, campaign: t.campaign.slice(0, n), customer: t.customer.slice(0, n), events: t.events.slice(0, n),
      revenue: t.revenue.slice(0, n), cost: t.cost.slice(0, n), updatedAt: t.updatedAt.slice(0, n) },
    added, replaced, unchanged, rejected,
  };
}

type TypedArray = Int32Array | Uint8Array | Float64Array;

function grow<T extends TypedArray>(a: T, size: number, Ctor: new (n: number) => T): T {
  const out = new Ctor(size);
  out.set(a);
  return out;
}
