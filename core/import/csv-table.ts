import { createCsvTokenizer } from './csv-tokenizer.ts';
import type { CsvRow } from './csv-tokenizer.ts';
import { yieldToEventLoop } from './table.ts';
import type { ReadControl, Table, TableRow } from './table.ts';
import type { Delimiter } from './types.ts';

const QUOTE = 0x22;
/** Bytes pushed to the tokenizer between two yields to the event loop. */
const CHUNK_BYTES = 4 << 20;

/**
 * A CSV file (already normalised to UTF-8 or single-byte text) as a Table. The header is the first
 * row; an empty last header (Bitrix24 writes `;` after every field) is dropped with its column.
 * The tokenizer never modifies the bytes, so the file can be read several times (date detection).
 */
export function csvTable(
  bytes: Uint8Array,
  file: string,
  delimiter: Delimiter,
  decode: (buf: Uint8Array, s: number, e: number) => string,
  control: ReadControl = {},
  checkUtf8 = false,
): Table {
  const headers = readHeader(bytes, file, delimiter, decode);
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();

  let utf8: boolean | undefined;

  async function forEachCsvRow(onRow: (row: CsvRow, line: number) => void | false): Promise<void> {
    const buf = bytes;
    let header = true, stopped = false, rows = 0;
    const tokenizer = createCsvTokenizer({
      delimiter, file, decode, checkUtf8,
      onRow(row) {
        if (header) { header = false; return; }
        rows++;
        if (onRow(row, row.line) === false) { stopped = true; return false; }
      },
    });
    for (let off = 0; off < buf.length && !stopped; off += CHUNK_BYTES) {
      control.signal?.throwIfAborted();
      tokenizer.push(buf.subarray(off, Math.min(buf.length, off + CHUNK_BYTES)));
      const end = Math.min(buf.length, off + CHUNK_BYTES);
      if (end < buf.length && !stopped) {
        control.onProgress?.({ phase: 'parsing', rowsRead: rows, rowsWritten: 0, fraction: end / buf.length });
        await yieldToEventLoop();
      }
    }
    if (!stopped) {
      tokenizer.end();
      if (checkUtf8) utf8 = !tokenizer.invalidUtf8;
    }
    control.signal?.throwIfAborted();
    control.onProgress?.({ phase: 'parsing', rowsRead: rows, rowsWritten: 0, fraction: 1 });
  }

  return {
    file,
    headers,
    csv: { bytes, delimiter, decode, forEachCsvRow, isUtf8: () => utf8 },
    forEachRow(onRow) {
      let current: CsvRow | undefined;
      const view: TableRow = {
        line: 0,
        length: 0,
        text: (i) => (current && i < current.length ? current.text(i) : ''),
        strayQuote: (i) => current !== undefined && i < current.length && hasStrayQuote(current, i),
      };
      return forEachCsvRow((row, line) => {
        current = row;
        view.line = line;
        view.length = row.length;
        return onRow(view);
      });
    },
  };
}

/** The first row's cells, trimmed. */
function readHeader(bytes: Uint8Array, file: string, delimiter: Delimiter, decode: (buf: Uint8Array, s: number, e: number) => string): string[] {
  for (let size = Math.min(bytes.length, 1 << 20); ; size = Math.min(bytes.length, size * 4)) {
    let headers: string[] | undefined;
    const t = createCsvTokenizer({
      delimiter, file, decode,
      onRow(row) {
        headers = Array.from({ length: row.length }, (_, i) => row.text(i).replace(/^\uFEFF/, '').trim());
        return false;
      },
    });
    t.push(bytes.subarray(0, size));
    if (!headers && size === bytes.length) t.end();
    if (headers || size === bytes.length) return headers ?? [];
  }
}

/**
 * Whether field `i` holds a quote that is not CSV quoting (`Одежда "Premium`), which the tokenizer
 * keeps literally. In the file's own bytes a quoted field's range starts just after its opening
 * quote. A row the tokenizer rebuilt to unescape `""` has its fields packed end to end in a scratch
 * buffer, where quoting can no longer be seen: such rows (rare) are not checked.
 */
export function hasStrayQuote(row: CsvRow, i: number): boolean {
  const b = row.bytes, s = row.start(i), e = row.end(i);
  if (isRebuilt(row) || s === 0 || b[s - 1] === QUOTE) return false;
  for (let k = s; k < e; k++) if (b[k] === QUOTE) return true;
  return false;
}

/** Fields packed without delimiters between them: the tokenizer's scratch copy of the row. */
export function isRebuilt(row: CsvRow): boolean {
  return row.length > 1 && row.start(1) === row.end(0);
}
