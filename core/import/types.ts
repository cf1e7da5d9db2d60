/** Contracts of the import pipeline: bytes → decoded table → mapped records → dataset. */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export type Delimiter = ',' | ';' | '\t' | '|';

/** Date layouts the import understands; `dmy`/`mdy` cover `.`, `/` and `-` separators. */
export type DateOrder = 'iso' | 'dmy' | 'mdy';

/** What detection found in a file; every field may be overridden by the user. */
export interface Dialect {
  encoding: TextEncoding;
  /** A byte-order mark was present (and is skipped). */
  bom: boolean;
  delimiter: Delimiter;
  /** `1 234,50` style numbers. */
  decimalComma: boolean;
  /** Undefined when the file's dates do not decide it (e.g. only `05/06/2026`): the caller must choose. */
  dateOrder?: DateOrder;
  /** Every date order the values allow (more than one = ambiguous). */
  dateOrderCandidates: DateOrder[];
}

/** Where something is in a source file, for messages and the rejected-rows report. */
export interface SourcePosition {
  file: string;
  /** 1-based physical line where the row starts (header = line 1). */
  line: number;
  /** Header of the column, as written. */
  column?: string;
}

export interface RejectedRow extends SourcePosition {
  value: string;
  /** Stable machine code, e.g. `missing_order_id`, `unparsable_date`. */
  code: string;
  /** Human sentence in English. */
  reason: string;
  /** True when the row was imported anyway and this is a warning (e.g. `unknown_customer_id`). */
  kept?: boolean;
}

/** A whole file that cannot be imported (not a table, no usable column, …). */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly code: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface ImportProgress {
  phase: 'reading' | 'parsing' | 'merging' | 'scoring' | 'writing' | 'done';
  rowsRead: number;
  rowsWritten: number;
  /** 0..1 of the bytes processed, when known. */
  fraction?: number;
}
