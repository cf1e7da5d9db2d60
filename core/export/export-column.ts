import type { Customer } from '../model/customer.ts';

/** What a preset's columns read for one exported customer. */
export interface ExportRow {
  /** Position in the dataset's customer array. */
  index: number;
  customer: Customer;
  /** RFM values, when the dataset has scores. */
  rfm?: ExportRfm;
  /** Tags to write: the customer's, then the export's own (`ExportOptions.addTags`), without repeats. */
  tags: string[];
}

export interface ExportRfm {
  /** Classes 1..k; 0 when not scored (no counted orders). */
  r: number;
  f: number;
  m: number;
  /** Segment name from the RFM segment map; undefined when not scored or in no segment. */
  segment?: string;
  /** Counted orders up to the as-of date. */
  orders: number;
  /** Net spend, integer minor units. */
  spentMinor: number;
  /** `YYYY-MM-DD`, when the customer has counted orders. */
  firstOrder?: string;
  lastOrder?: string;
}

/**
 * How a column's values are written. `text` is free text and is defused against formula injection;
 * `phone` is an E.164 number written as is (a `+` followed by digits cannot run as a formula, and
 * mailing tools need the `+`); `integer` and `money` are numbers the export computes. A `phone`
 * value that is not E.164 is treated as text.
 */
export type ColumnKind = 'text' | 'phone' | 'integer' | 'money';

export interface ExportColumn {
  header: string;
  kind: ColumnKind;
  /** Limit of the target tool in UTF-8 bytes (Mailchimp: 255); longer values are cut. */
  maxBytes?: number;
  /**
   * The cell's value (money in minor units); undefined = empty. `cut` is called when the column
   * shortened something itself (a tag over Mailchimp's 100 characters).
   */
  value(row: ExportRow, cut: () => void): string | number | undefined;
}

/** A mailing tool's import layout. */
export interface ExportPreset {
  id: 'generic' | 'mailchimp' | 'unisender' | 'sendpulse';
  label: string;
  /** Contacts the tool cannot import are skipped: `email` needs an email, `email-or-phone` either. */
  requires?: 'email' | 'email-or-phone';
  columns: readonly ExportColumn[];
}

/** First email / phone of a customer; emails are stored trimmed and lower-cased, phones E.164. */
export const firstEmail = (c: Customer): string | undefined => c.emails[0];
export const firstPhone = (c: Customer): string | undefined => c.phones.find(isE164);

export const isE164 = (s: string): boolean => /^\+[1-9]\d{6,14}$/.test(s);

/** `First Last`, or whichever part is known. */
export const fullName = (c: Customer): string | undefined =>
  [c.firstName, c.lastName].filter((x) => x).join(' ') || undefined;
