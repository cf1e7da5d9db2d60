import type { RejectedRow } from './types.ts';

/** Stable codes of the rejected-rows report. */
export type RejectCode =
  | 'missing_customer_id'
  | 'missing_order_id'
  | 'unparsable_date'
  | 'negative_amount'
  | 'text_amount'
  | 'duplicate_order_id'
  | 'unknown_customer_id'
  | 'stray_quote'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_value'
  | 'invalid_json';

/** Collects report rows of one file. */
export class RejectLog {
  readonly rows: RejectedRow[] = [];
  constructor(readonly file: string) {}

  /** The row is not imported. */
  reject(line: number, column: string | undefined, value: string, code: RejectCode, reason: string): void {
    this.rows.push({ file: this.file, line, column, value, code, reason, kept: false });
  }

  /** The row is imported; the problem is reported as a warning. */
  warn(line: number, column: string | undefined, value: string, code: RejectCode, reason: string): void {
    this.rows.push({ file: this.file, line, column, value, code, reason, kept: true });
  }
}
