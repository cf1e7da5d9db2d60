import type { CampaignTable } from '../model/campaigns.ts';
import type { Customer } from '../model/customer.ts';
import type { ImportRecord } from '../model/import-record.ts';
import type { OrderTable } from '../model/orders.ts';
import type { PortableSnapshot } from '../segments/portable-snapshot.ts';
import type { SchemeDef, SegmentDef } from '../segments/segment.ts';
import type { SyncExtras } from './sync-extras.ts';
import type { SyncEnvelope, SyncSettings } from './sync-format.ts';

/** Orders of a file: an OrderTable whose customers are ids (positions differ between devices). */
export interface SyncOrders extends Omit<OrderTable, 'customer'> { customerId: string[] }

export interface SyncCampaigns extends Omit<CampaignTable, 'customer'> { customerId: string[] }

/** Scores computed elsewhere (`segmenta pack`), by customer id; segment indexes `segments`, -1 not scored. */
export interface SyncScores {
  asOf: string;
  segments: string[];
  length: number;
  customerId: string[];
  recencyDays: Int32Array;
  frequency: Int32Array;
  monetary: Float64Array;
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  segment: Int16Array;
}

/** A snapshot of the sender; it covers the sender's first `customerCount` customers (their ids in `snapshot.ids`). */
export interface IncomingSnapshot { snapshot: PortableSnapshot; customerCount: number }

/** A sync file, read, checked and restored (readSync): what planMerge takes as `incoming`. */
export interface SyncContents {
  envelope: SyncEnvelope;
  /** The version the file was written in, before any upgrade. */
  fileVersion: string;
  settings?: SyncSettings;
  /** In the sender's position order. */
  customers: Customer[];
  orders: SyncOrders;
  campaigns?: SyncCampaigns;
  /** With `rejected` empty: rejected rows stay on the device that imported the file. */
  imports: ImportRecord[];
  segments: SegmentDef[];
  schemes: SchemeDef[];
  snapshots: IncomingSnapshot[];
  scores?: SyncScores;
  extras: SyncExtras;
  /** Parts restored with defaults or left out, for the user (e.g. settings this version cannot use). */
  warnings: string[];
}
