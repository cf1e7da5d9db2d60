import { createCsvTokenizer, type CsvTokenizerOptions } from '../../core/import/csv-tokenizer.ts';
import type { Delimiter } from '../../core/import/types.ts';

export interface TokenizedRow {
  line: number;
  fields: string[];
}

const utf8 = new TextEncoder();

/** Tokenizes `input` pushed in the given chunk sizes (cycled; whole buffer when omitted). */
export function tokenize(
  input: string | Uint8Array,
  delimiter: Delimiter = ',',
  chunkSizes: number[] = [],
  extra: Partial<CsvTokenizerOptions> = {},
): TokenizedRow[] {
  const bytes = typeof input === 'string' ? utf8.encode(input) : input.slice();
  const out: TokenizedRow[] = [];
  const t = createCsvTokenizer({
    delimiter,
    file: 'test.csv',
    onRow(row) {
      const fields: string[] = [];
      for (let i = 0; i < row.length; i++) fields.push(row.text(i));
      out.push({ line: row.line, fields });
    },
    ...extra,
  });
  if (chunkSizes.length === 0) t.push(bytes);
  else {
    let k = 0;
    for (let pos = 0; pos < bytes.length; k++) {
      const size = Math.max(1, chunkSizes[k % chunkSizes.length]);
      // Each chunk is its own copy, as a stream would hand it over.
      t.push(bytes.slice(pos, pos + size));
      pos += size;
    }
  }
  t.end();
  return out;
}

/** Writes a table as RFC 4180 CSV, quoting only where needed. */
export function serialise(rows: string[][], delimiter: string, eol: string | string[]): string {
  return rows
    .map((r, k) => r.map((f) => (/["\r\n]/.test(f) || f.includes(delimiter) ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter) + (typeof eol === 'string' ? eol : eol[k % eol.length]))
    .join('');
}
