import type { ColumnMapping } from '../column-map.ts';
import type { CustomerPatch, ParsedOrders } from '../parsed-import.ts';
import type { Table } from '../table.ts';
import type { DateOrder, Dialect, RejectedRow } from '../types.ts';

/** What an importer gets to read one file. */
export interface ImporterContext {
  file: string;
  table: Table;
  mapping: ColumnMapping;
  dialect: Dialect;
  /** Resolved: the user's choice, else the file's, else the importer's default. */
  dateOrder: DateOrder;
  decimalComma: boolean;
  /** ISO-2 country for phones written without a country code. */
  defaultPhoneCountry: string;
  /** Read through the string path even where a byte-level fast path exists (tests compare both). */
  noFastPath?: boolean;
}

export interface ImporterResult {
  /** Data rows read. */
  rows: number;
  customers: CustomerPatch[];
  orders?: ParsedOrders;
  rejected: RejectedRow[];
  /** See ParsedImport.keyShared. */
  keyShared?: Uint8Array;
}

/** One source format (Shopify orders, Bitrix24 contacts, a generic customers file, …). */
export interface Importer {
  id: string;
  label: string;
  kind: 'customers' | 'orders';
  /** Date order of this format when the file's values do not decide it. */
  dateOrder?: DateOrder;
  /** 0 = these headers are not this format; 1 = certainly it. Generic importers stay below 0.5. */
  detect(headers: readonly string[]): number;
  /** The default mapping of these headers; the user may change it before `read`. */
  map(headers: readonly string[]): ColumnMapping;
  read(ctx: ImporterContext): Promise<ImporterResult>;
}
