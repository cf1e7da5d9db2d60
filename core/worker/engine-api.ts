/** The engine's whole API as the UI sees it, through `client.ts`. Every method answers a Promise. */
import type { ColumnMapping } from '../import/column-map.ts';
import type { ImportPreview } from '../import/read-import.ts';
import type { DateOrder, ImportProgress, RejectedRow } from '../import/types.ts';
import type { Customer } from '../model/customer.ts';
import type { Settings } from '../model/dataset.ts';
import type { ScoreExplanation } from '../rfm/explain.ts';
import type { RfmSettings, SegmentMap } from '../rfm/types.ts';
import type { SegmentMapCheck } from '../rfm/segment-map-check.ts';

export type { ImportPreview, ColumnMapping };

/** The user's corrections for one file, after looking at its preview. */
export interface FileOverrides {
  /** Importer id (`generic-orders`, `shopify-orders`, …) instead of the detected one. */
  importer?: string;
  /** The mapping as the user changed it (from `inspectFile`). */
  mapping?: ColumnMapping;
  dateOrder?: DateOrder;
}

export interface ImportOptions {
  /** Overrides the detected date order when a file's dates do not decide it. */
  dateOrder?: DateOrder;
  /** Calendar date `YYYY-MM-DD` to score as of; defaults to the stored settings. */
  asOf?: string;
  /** Per-file corrections, by file name. */
  files?: Record<string, FileOverrides>;
}

export interface ImportHistoryEntry {
  id: string;
  fileName: string;
  source: string;
  importedAt: number;
  counts: { rows: number; customersNew: number; customersMerged: number; ordersNew: number; ordersDuplicate: number; rejected: number };
}

/** One dimension of a score, explained: the classes in force and what would move the customer up. */
export interface ExplainedDimension {
  dimension: 'recency' | 'frequency' | 'monetary';
  value: number;
  class: number;
  classes: ScoreExplanation['recency']['classes'];
  next: ScoreExplanation['recency']['next'];
  /** English sentence (the UI may phrase `next` itself). */
  sentence: string;
}

export interface OrderLine {
  orderId: string;
  /** Wall-clock seconds since 1970, as written in the source. */
  time: number;
  amount: number;
  counted: boolean;
  currency: string;
  channel: string;
  category: string;
}

/** Everything the customer card shows. */
export interface CustomerCard {
  row: CustomerRow;
  customer: Customer;
  explanation?: { fm: number; segment: string; dimensions: ExplainedDimension[] };
  /** Newest first, at most 50. */
  orders: OrderLine[];
  orderCount: number;
  /** The segments the customer is in (issue #3), in the order of the segment list. */
  segments: { id: string; name: string; color?: string }[];
}

/** Editable profile fields (identity fields merge by import; ids never change). */
export type CustomerEdit = Partial<Pick<Customer,
  'firstName' | 'lastName' | 'middleName' | 'gender' | 'birthDate' | 'city' | 'region' | 'country' | 'language' |
  'device' | 'tags' | 'consent' | 'nps' | 'emails' | 'phones' | 'attributes'>>;

export interface SettingsChange {
  rfm?: RfmSettings;
  /** True: the as-of date follows today; false: `rfm.asOf` is kept. */
  asOfFollowsToday?: boolean;
  defaultPhoneCountry?: string;
}

export type { Settings };

export interface ImportFileSummary {
  name: string;
  /** Which importer read it (`generic-orders`, `generic-customers`, …). */
  source: string;
  rows: number;
  customersNew: number;
  customersMerged: number;
  ordersNew: number;
  ordersDuplicate: number;
  rejected: number;
  /** Campaign results files: rows added, replaced and unchanged. */
  campaignRows?: { added: number; replaced: number; unchanged: number };
}

export interface ImportSummary {
  files: ImportFileSummary[];
  ms: number;
}

/** One line of the customer table. */
export interface CustomerRow {
  id: string;
  name: string;
  email?: string;
  phone?: string;
  /** Undefined for a customer without counted orders. */
  recencyDays?: number;
  frequency: number;
  /** Integer minor units (kopecks, cents). */
  monetary: number;
  /** Classes 1..k; 0 = not scored. */
  r: number;
  f: number;
  m: number;
  segment?: string;
}

export interface EngineStatus {
  customers: number;
  orders: number;
  scored: number;
  /** ms since epoch. */
  lastImportAt?: number;
  storageBytes?: number;
  /** The as-of date of the scores in force. */
  asOf?: string;
  /** ms from the worker's start until the saved scores, then everything, were usable. */
  loadTimings?: { scoresMs?: number; fullMs?: number };
}

export interface CustomerQuery {
  offset: number;
  limit: number;
  search?: string;
  segmentId?: string;
  cell?: { r: number; fm: number };
}

export interface CustomerPage {
  total: number;
  rows: CustomerRow[];
}

import type { SegmentsApi } from './segments-api.ts';
import type { SyncApi } from './sync-api.ts';

export interface EngineApi extends SegmentsApi, SyncApi {
  ping(): Promise<'pong'>;
  status(): Promise<EngineStatus>;
  /** Implementations await each `onProgress` call (across Comlink it answers a promise), so every report arrives before the result. */
  importFiles(files: File[], options: ImportOptions, onProgress?: (p: ImportProgress) => void): Promise<ImportSummary>;
  /**
   * Generates the demo shop's customers and orders (about 10,000 and 100,000, dates up to yesterday) and
   * imports them as `demo-customers.csv` and `demo-orders.csv`, exactly as `importFiles` would: same
   * progress, cancelled by `cancelImport`, atomic. Loading it again the same day changes nothing.
   */
  loadDemo(onProgress?: (p: ImportProgress) => void): Promise<ImportSummary>;
  cancelImport(): Promise<void>;
  /**
   * Live customers, biggest spenders first; `search` finds by email, phone, id or name; `segmentId`
   * keeps a segment's members; `cell` keeps the customers of one RFM heat-map cell (r and FM classes).
   */
  listCustomers(q: CustomerQuery): Promise<CustomerPage>;
  /** Email, phone, external id or name prefix. */
  lookup(query: string, limit?: number): Promise<CustomerRow[]>;
  /** The batch output of ../shared/spec/rfm.md ("Batch output format"). */
  canonicalRfmCsv(): Promise<string>;
  clear(): Promise<void>;
  /** Format, dialect, importer and column mapping of a file, before importing it. */
  inspectFile(file: File, overrides?: FileOverrides): Promise<ImportPreview>;
  importHistory(): Promise<ImportHistoryEntry[]>;
  /** The rejected rows of one import as CSV (file, line, column, value, code, status, reason), formula-safe. */
  rejectedRowsCsv(importId: string): Promise<string>;
  customerCard(id: string): Promise<CustomerCard | undefined>;
  settings(): Promise<Settings>;
  /** Validates (settings and segment map check), re-scores and saves; throws SettingsError listing every problem. */
  updateSettings(change: SettingsChange): Promise<void>;
  /** One customer's profile edit, written as one small record. */
  updateCustomer(id: string, edit: CustomerEdit): Promise<CustomerRow>;
  /** Tombstones the customer (kept for sync, no longer shown or scored). */
  deleteCustomer(id: string): Promise<void>;
  /** A page of one import's rejected rows (and warnings, `kept`), in file order, as `rejectedRowsCsv` lists them. */
  rejectedRows(importId: string, page: { offset: number; limit: number }): Promise<{ total: number; rows: RejectedRow[] }>;
  /** The segment map check (cells without a segment, segments without a cell) of a map being edited; never throws. */
  checkSegmentMap(map: SegmentMap, classes: number): Promise<SegmentMapCheck>;
  /** `map` (the spec's default map when omitted) stretched or shrunk to `classes` × `classes` (scaleSegmentMap). */
  segmentMapFor(classes: number, map?: SegmentMap): Promise<SegmentMap>;
}
