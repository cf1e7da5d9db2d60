import type { Dialect, RejectedRow } from '../import/types.ts';

/** One import in the history: what came in, from which file, and what was refused. */
export interface ImportRecord {
  id: string;
  fileName: string;
  /** SHA-256 hex of the file's bytes: re-importing the same content is recognised. */
  contentHash: string;
  /** Which importer read it (`generic-orders`, `shopify-orders`, `bitrix24-contacts`, …). */
  source: string;
  dialect: Dialect;
  importedAt: number;
  counts: {
    rows: number;
    customersNew: number;
    customersMerged: number;
    ordersNew: number;
    ordersDuplicate: number;
    /** Orders whose customer was not known and got a customer record created for them. */
    ordersUnknownCustomer: number;
    rejected: number;
    /** Campaign results files (source `campaign-results`): rows added, replaced and unchanged. */
    campaignRows?: { added: number; replaced: number; unchanged: number };
  };
  /** Every rejected row (the report the user can download as CSV). */
  rejected: RejectedRow[];
  updatedAt: number;
}
