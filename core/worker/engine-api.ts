/** The engine's whole API as the UI sees it, through `client.ts`. Every method answers a Promise. */
import type { DateOrder, ImportProgress } from '../import/types.ts';

export interface ImportOptions {
  /** Overrides the detected date order when a file's dates do not decide it. */
  dateOrder?: DateOrder;
  /** Calendar date `YYYY-MM-DD` to score as of; defaults to the stored settings. */
  asOf?: string;
}

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

export interface CustomerPage {
  total: number;
  rows: CustomerRow[];
}

export interface EngineApi {
  ping(): Promise<'pong'>;
  status(): Promise<EngineStatus>;
  /** Implementations await each `onProgress` call (across Comlink it answers a promise), so every report arrives before the result. */
  importFiles(files: File[], options: ImportOptions, onProgress?: (p: ImportProgress) => void): Promise<ImportSummary>;
  cancelImport(): Promise<void>;
  listCustomers(q: { offset: number; limit: number; search?: string }): Promise<CustomerPage>;
  /** Email, phone, external id or name prefix. */
  lookup(query: string, limit?: number): Promise<CustomerRow[]>;
  /** The batch output of ../shared/spec/rfm.md ("Batch output format"). */
  canonicalRfmCsv(): Promise<string>;
  clear(): Promise<void>;
}
