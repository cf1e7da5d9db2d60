import type { Customer } from '../model/customer.ts';
import type { ImportRecord } from '../model/import-record.ts';
import type { OrderTable } from '../model/orders.ts';
import type { CampaignTable } from '../model/campaigns.ts';
import type { SchemeDef, SegmentDef } from '../segments/segment.ts';
import type { StringIndex } from './string-index.ts';
import type { IncomingSnapshot, SyncContents, SyncScores } from './sync-contents.ts';
import type { SyncExtras } from './sync-extras.ts';
import type { SyncSettings } from './sync-format.ts';

/**
 * What a merge will change, per kind, for the user to confirm. `conflicts` counts records both sides
 * hold with different content; each was resolved by last writer wins: `updated` / `deleted` when the
 * file's version won, `keptLocal` when this device's did.
 */
export interface KindSummary {
  new: number;
  updated: number;
  deleted: number;
  keptLocal: number;
  unchanged: number;
  conflicts: number;
}

export type MergeKind = 'settings' | 'customers' | 'orders' | 'campaigns' | 'imports' | 'segments' | 'schemes' | 'snapshots';

export const emptySummary = (): KindSummary => ({ new: 0, updated: 0, deleted: 0, keptLocal: 0, unchanged: 0, conflicts: 0 });

/** planMerge's result: the summary, and the decisions applyMerge carries out (no other work left but copying). */
export interface MergePlan {
  summary: Record<MergeKind, KindSummary>;
  /** True when applying changes nothing (the file brings nothing new). */
  nothingToDo: boolean;
  /** Customers created for orders or campaign rows whose customer neither side has (`updatedAt` 0: any real record wins). */
  placeholders: number;
  /** Scores computed elsewhere, for the engine to keep (core/sync/imported-scores.ts). */
  scores?: SyncScores;
  warnings: string[];
  /** @internal What the plan was made against: applyMerge refuses any other local data. */
  base: { customers: Customer[]; orders: OrderTable; campaigns?: CampaignTable; imports: ImportRecord[]; segments: SegmentDef[]; schemes: SchemeDef[]; snapshots: readonly unknown[] };
  /** @internal */
  decisions: MergeDecisions;
}

export interface MergeDecisions {
  incoming: SyncContents;
  /** Customer id → position after the merge (local positions, then appended customers, then placeholders). */
  positions: StringIndex;
  /** Position after the merge of each incoming order's customer (set for the orders replaced or appended). */
  orderCustomer: Int32Array;
  /** Pairs (local position, incoming index) to replace, and incoming indexes to append. */
  customerReplace: number[];
  customerAppend: number[];
  placeholderIds: string[];
  orderReplace: number[];
  orderAppend: number[];
  campaignReplace: number[];
  campaignAppend: number[];
  imports: ImportRecord[];
  segments: SegmentDef[];
  schemes: SchemeDef[];
  snapshots: IncomingSnapshot[];
  settings?: SyncSettings;
  extras: SyncExtras;
}
