import type { ColumnMapping } from './column-map.ts';
import type { Dialect, RejectedRow } from './types.ts';

/** One customer as a file describes it: the fields it has, before identity and merge. */
export interface CustomerPatch {
  /** Line of the row it came from (the first one, for a customer referenced by many orders). */
  line: number;
  /** Source id, namespaced for CRM exports (`bitrix24:15`), as written for generic files. */
  sourceId?: string;
  /** Trimmed, lower-cased. */
  emails: string[];
  /** E.164. */
  phones: string[];
  firstName?: string;
  lastName?: string;
  middleName?: string;
  gender?: 'M' | 'F';
  birthDate?: string;
  city?: string;
  region?: string;
  country?: string;
  language?: string;
  signupDate?: string;
  device?: string;
  tags: string[];
  consent?: boolean;
  nps?: number;
  attributes: Record<string, string>;
  /**
   * CRM deals/leads that name their contact only by name (Bitrix24 `Контакт`): identity falls back to
   * the full name, matched only when exactly one known customer has it.
   */
  nameOnly?: boolean;
}

/** Orders of one file as columns, after line items were folded into orders. */
export interface ParsedOrders {
  length: number;
  /** Line of the order's first row. */
  line: Int32Array;
  orderId: string[];
  /** Row of the first order with the same id in this file, or -1 for a first occurrence. */
  firstWithId: Int32Array;
  /** Index into `ParsedImport.customers`. */
  customer: Int32Array;
  /** Wall-clock seconds since 1970, as written. */
  time: Float64Array;
  /** Net, integer minor units. */
  amount: Float64Array;
  counted: Uint8Array;
  items: Uint32Array;
  /** Indexes into `dict.*`; 0 is the empty string. */
  currency: Uint16Array;
  channel: Uint16Array;
  category: Uint16Array;
  dict: { currency: string[]; channel: string[]; category: string[] };
}

/** Everything read from one file, ready to merge into a Dataset. */
export interface ParsedImport {
  file: string;
  /** Importer id (`generic-orders`, `shopify-orders`, …). */
  source: string;
  kind: 'customers' | 'orders';
  dialect: Dialect;
  mapping: ColumnMapping;
  /** SHA-256 hex of the file's bytes. */
  contentHash: string;
  byteLength: number;
  /** Data rows read (header excluded). */
  rows: number;
  /** Customer rows of a customers file, or the customers an orders file refers to. */
  customers: CustomerPatch[];
  /**
   * Per patch of a customers file, 1 when it shares a key with another patch of the file: its id (its
   * own, or the one a customer made from it gets), an email or a phone. Merged into no customers, a
   * patch that shares none is a new customer that no other patch of the file can match.
   */
  keyShared?: Uint8Array;
  orders?: ParsedOrders;
  /** Rejected rows and warnings found while reading (merge adds duplicates and unknown customers). */
  rejected: RejectedRow[];
}

/** Every field present, in one order: patches share one hidden class, which keeps the merge's reads fast. */
export function emptyPatch(line: number): CustomerPatch {
  return {
    line, sourceId: undefined, emails: [], phones: [], firstName: undefined, lastName: undefined, middleName: undefined,
    gender: undefined, birthDate: undefined, city: undefined, region: undefined, country: undefined, language: undefined,
    signupDate: undefined, device: undefined, tags: [], consent: undefined, nps: undefined, attributes: {}, nameOnly: undefined,
  };
}
