import type { ColumnMapping } from './column-map.ts';
import type { Dialect, RejectedRow } from './types.ts';
import type { Customer } from '../model/customer.ts';
import type { OrderTable } from '../model/orders.ts';

/**
 * One customer as a file describes it: the fields it has, before identity and merge (the Customer's
 * profile fields; id, external ids and stamps are decided by the merge).
 */
export interface CustomerPatch extends Omit<Customer, 'id' | 'externalIds' | 'updatedAt' | 'deleted'> {
  /** Line of the row it came from (the first one, for a customer referenced by many orders). */
  line: number;
  /** Source id, namespaced for CRM exports (`bitrix24:15`), as written for generic files. */
  sourceId?: string;
  /**
   * CRM deals/leads that name their contact only by name (Bitrix24 `Контакт`): identity falls back to
   * the full name, matched only when exactly one known customer has it.
   */
  nameOnly?: boolean;
}

/**
 * Orders of one file as columns (as in an OrderTable), after line items were folded into orders;
 * `customer` indexes `ParsedImport.customers`, and the merge stamps `updatedAt`.
 */
export interface ParsedOrders extends Omit<OrderTable, 'updatedAt'> {
  /** Line of the order's first row. */
  line: Int32Array;
  /** Row of the first order with the same id in this file, or -1 for a first occurrence. */
  firstWithId: Int32Array;
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
