import type { CsvRow } from './csv-tokenizer.ts';
import type { Delimiter, ImportProgress } from './types.ts';

/** One data row, read by column index; a column past the row's end reads as ''. */
export interface TableRow {
  /** 1-based physical line where the row starts (header = line 1). */
  line: number;
  length: number;
  text(i: number): string;
  /** The field holds a `"` that does not belong to CSV quoting (an unbalanced quote). */
  strayQuote(i: number): boolean;
}

/** A header and rows, from CSV or JSON; importers read through it. */
export interface Table {
  file: string;
  headers: string[];
  /** Calls `onRow` for every non-blank data row in order until it returns false; between chunks it
   *  yields, reports progress and throws the signal's reason when aborted. */
  forEachRow(onRow: (row: TableRow) => void | false): Promise<void>;
  /** Byte-level access, for fast paths; absent for JSON. */
  csv?: CsvSource;
}

export interface CsvSource {
  bytes: Uint8Array;
  delimiter: Delimiter;
  decode: (buf: Uint8Array, s: number, e: number) => string;
  /** Like `Table.forEachRow` with the tokenizer's reused row; `line` is the absolute line. */
  forEachCsvRow(onRow: (row: CsvRow, line: number) => void): Promise<void>;
  /** Whether the file is valid UTF-8, once a pass over all of it checked (csvTable's `checkUtf8`); else undefined. */
  isUtf8(): boolean | undefined;
}

export interface ReadControl {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Rows between two yields to the event loop (default 65536). */
  chunkRows?: number;
}

/** Lets queued messages (an abort, a progress read) through; a worker is otherwise deaf while busy. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
