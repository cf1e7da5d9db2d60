import type { Customer } from '../model/customer.ts';
import type { ImportRecord } from '../model/import-record.ts';
import type { Settings } from '../model/dataset.ts';
import type { PortableSnapshot } from '../segments/portable-snapshot.ts';
import type { SchemeDef, SegmentDef } from '../segments/segment.ts';

/**
 * The sync file as we write it (core/sync/FORMAT.md): gzip of UTF-8 JSON lines, the envelope first,
 * then sections, then the trailer. These strict types are for writing only; reading goes through the
 * loose restore functions (restore-*.ts), which fill defaults and keep what they do not know.
 */
export const SYNC_TYPE = 'segmenta/sync';
export const SYNC_MAJOR = 1;
export const SYNC_MINOR = 0;
export const SYNC_VERSION = `${SYNC_MAJOR}.${SYNC_MINOR}`;
export const SYNC_EXTENSION = '.segmenta';

/** What an export holds: everything, or chosen segments (with or without their members' data). */
export type SyncScope =
  | { kind: 'all' }
  | { kind: 'segments'; segmentIds: string[]; withData: boolean }
  /** Scores computed elsewhere (`segmenta pack`): customers with their scores, no orders. */
  | { kind: 'scores' };

export interface SyncEnvelope {
  type: typeof SYNC_TYPE;
  version: string;
  source: { app: string; appVersion: string; deviceId: string };
  /** ms since epoch. */
  exportedAt: number;
  scope: SyncScope;
  /** Rows in each section, so a reader can allocate once and notice a missing chunk. */
  counts: Partial<Record<SectionKind, number>>;
}

export type SectionKind = 'settings' | 'customers' | 'orders' | 'campaigns' | 'imports' | 'segments' | 'schemes' | 'snapshots' | 'scores';

/** Settings travel without the device id: each device keeps its own. */
export type SyncSettings = Omit<Settings, 'deviceId'>;

/** An import as history: what came in and its counts; the rejected rows stay on the device that read the file. */
export type ImportSummary = Omit<ImportRecord, 'rejected'>;

export interface SettingsLine { k: 'settings'; settings: SyncSettings }
/** Customers as objects, or (what exportSync writes) as arrays aligned with `fields`, null or missing = absent. */
export type CustomersLine = { k: 'customers'; rows: Customer[] } | { k: 'customers'; fields: string[]; rows: unknown[][] };

/** Orders as columns; `customer` holds customer ids, dictionary columns index this line's `dict`. */
/** Whole numbers may be written as deltas (`{ d: [first, second - first, …] }`), see deltaColumn. */
export type NumberColumn = number[] | { d: number[] };

export interface OrdersLine {
  k: 'orders';
  dict: { currency: string[]; channel: string[]; category: string[] };
  /** Ids that are all canonical decimal integers may be written as `{ n: deltas }` (see idColumn). */
  orderId: string[] | { n: number[] };
  customer: string[];
  time: NumberColumn;
  amount: number[];
  counted: number[];
  items: number[];
  currency: number[];
  channel: number[];
  category: number[];
  updatedAt: NumberColumn;
}

/** Campaign rows as columns; `campaign` indexes this line's `names`, `customer` holds customer ids. */
export interface CampaignsLine {
  k: 'campaigns';
  names: string[];
  campaign: number[];
  customer: string[];
  events: number[];
  revenue: number[];
  cost: number[];
  updatedAt: NumberColumn;
}

export interface ImportsLine { k: 'imports'; rows: ImportSummary[] }
export interface SegmentsLine { k: 'segments'; rows: SegmentDef[] }
export interface SchemesLine { k: 'schemes'; rows: SchemeDef[] }

/**
 * One snapshot. `ids` is left out of the portable form: the snapshot covers the first `customerCount`
 * customers of this file's customers section (a full export lists them in the sender's position order).
 */
export interface SnapshotLine { k: 'snapshot'; customerCount: number; snapshot: Omit<PortableSnapshot, 'ids'> }

/** RFM scores computed elsewhere, by customer id; `segment` indexes `segments` (-1: not scored). */
export interface ScoresLine {
  k: 'scores';
  asOf: string;
  segments: string[];
  customer: string[];
  recencyDays: number[];
  frequency: number[];
  /** Integer minor units. */
  monetary: number[];
  r: number[];
  f: number[];
  m: number[];
  segment: number[];
}

/** Last line: how many lines came before it and SHA-256 (hex) of their per-line SHA-256 digests, concatenated. */
export interface TrailerLine { k: 'end'; lines: number; sha256: string }

export type SectionLine =
  | SettingsLine | CustomersLine | OrdersLine | CampaignsLine | ImportsLine | SegmentsLine | SchemesLine | SnapshotLine | ScoresLine;
