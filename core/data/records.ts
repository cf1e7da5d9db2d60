import type { CampaignTable } from '../model/campaigns.ts';
import type { Customer } from '../model/customer.ts';
import type { Settings } from '../model/dataset.ts';
import type { OrderDict } from './codec-orders.ts';
import type { ScoresHeader } from './codec-scores.ts';

/** Counts and shared parts of the chunked dataset, written with the chunks in one transaction. */
export interface DatasetMetaRecord {
  key: 'dataset';
  /** STORAGE_FORMAT of the chunks. */
  format: number;
  customers: number;
  orders: number;
  customerChunks: number;
  orderChunks: number;
  orderDict: OrderDict;
  /** encodedSize of every chunk written. */
  bytes: number;
  savedAt: number;
}

export interface ScoresMetaRecord {
  key: 'scores';
  format: number;
  header: ScoresHeader;
  chunks: number;
  bytes: number;
  /** Store clock (see Store.putCustomerEdit): edits written later make these scores stale. */
  savedAt: number;
}

/** What a sync file from a newer minor version carried that this version does not know; written back on export. */
export interface SyncExtrasRecord {
  key: 'syncExtras';
  format: number;
  extras: unknown;
  bytes: number;
}

export type MetaRecord = DatasetMetaRecord | ScoresMetaRecord | SyncExtrasRecord;

export interface SettingsRecord {
  key: 'settings';
  settings: Settings;
}

/** One order as a plain object: a row of OrderTable with its dictionary values spelled out. */
export interface OrderRow {
  orderId: string;
  customer: number;
  time: number;
  amount: number;
  counted: number;
  items: number;
  currency: string;
  channel: string;
  category: string;
  updatedAt: number;
}

/** The latest state of one customer changed since the last full save; replaces position `index`. */
export interface CustomerEditRecord {
  index: number;
  customer: Customer;
  writtenAt: number;
}

export interface OrderEditRecord {
  index: number;
  order: OrderRow;
  writtenAt: number;
}

/** The campaign results table, saved with the dataset (it refers to customer positions). */
export interface CampaignsRecord {
  key: 'campaigns';
  table: CampaignTable;
}

/** A membership snapshot as core/segments records it; the store only needs its id and time. */
export interface StoredSnapshot {
  id: string;
  takenAt: number;
}
