import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createFastCsvRows, type FastCsvRows } from '../../core/batch/fast-csv-rows.ts';
import { createCsvTokenizer, type CsvRow } from '../../core/import/csv-tokenizer.ts';
import { makeTextDecoder } from '../../core/import/text-decoder.ts';
import { ImportError, type Delimiter } from '../../core/import/types.ts';

interface Outcome {
  rows: { line: number; fields: string[] }[];
  error?: string;
  lines?: number;
}

type Reader = { push(chunk: Uint8Array): void; end(): void; readonly lines?: number };

/**
 * Feeds `bytes` in chunks of the given sizes through ONE reused buffer (as cli/read-range.ts does, so
 * a reader that keeps a reference instead of a copy fails), collecting rows or the error.
 */
function run(make: (onRow: (row: CsvRow) => void) => Reader, bytes: Uint8Array, sizes: number[]): Outcome {
  const rows: Outcome['rows'] = [];
  const reader = make((row) => {
    const fields: string[] = [];
    for (let i = 0; i < row.length; i++) fields.push(row.text(i));
    rows.push({ line: row.line, fields });
  });
  const buf = new Uint8Array(Math.max(1, ...sizes));
  try {
    for (let pos = 0, k = 0; pos < bytes.length; k++) {
      const n = Math.min(Math.max(1, sizes[k % sizes.length]), bytes.length - pos);
      buf.set(bytes.subarray(pos, pos + n));
      reader.push(buf.subarray(0, n));
      buf.fill(0x7e);
      pos += n;
    }
    reader.end();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { rows, error: error.message };
  }
  return { rows, lines: reader.lines };
}

const decode = makeTextDecoder('utf-8');
const fast = (d: Delimiter, fields?: number) => (onRow: (row: CsvRow) => void) => createFastCsvRows({ delimiter: d, file: 't.csv', decode, onRow, fields });
const general = (d: Delimiter) => (onRow: (row: CsvRow) => void) => createCsvTokenizer({ delimiter: d, file: 't.csv', decode, onRow });

/** Physical lines: every CR, and every LF not right after a CR. */
function physicalLines(b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 0x0d || (b[i] === 0x0a && b[i - 1] !== 0x0d)) n++;
  return n;
}

const plainUnits = ['a', 'bc', '7', 'я', ' ', ',', ';', '\t', '\n', '\r', '\r\n', '\n\n'];
const csvText = (units: string[]) => fc.array(fc.constantFrom(...units), { maxLength: 60 }).map((u) => u.join(''));
const chunkSizes = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 });
const delimiter = fc.constantFrom<Delimiter>(',', ';', '\t');
const utf8 = new TextEncoder();

describe('fast CSV rows', () => {
  it('delivers the rows, fields and lines of the CSV tokenizer on data without quotes, however it is chunked', () => {
    fc.assert(
      fc.property(csvText(plainUnits), delimiter, chunkSizes, (text, d, sizes) => {
        const bytes = utf8.encode(text);
        const got = run(fast(d), bytes, sizes);
        expect(got.rows).toEqual(run(general(d), bytes, [bytes.length || 1]).rows);
        expect(got.lines).toBe(physicalLines(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('splits only the first fields when asked, with the same rows (blank ones skipped) and lines', () => {
    fc.assert(
      fc.property(csvText(plainUnits), delimiter, chunkSizes, fc.integer({ min: 1, max: 4 }), (text, d, sizes, fields) => {
        const bytes = utf8.encode(text);
        const got = run(fast(d, fields), bytes, sizes);
        const want = run(general(d), bytes, [bytes.length || 1]).rows.map((r) => ({ ...r, fields: r.fields.slice(0, fields) }));
        expect(got.rows).toEqual(want);
        expect(got.lines).toBe(physicalLines(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('hands over to the tokenizer at the first chunk with a quote and still matches it, errors included', () => {
    const units = [...plainUnits, '"', '""', '"x,\ny"', 'a"b'];
    fc.assert(
      fc.property(csvText(units), delimiter, chunkSizes, (text, d, sizes) => {
        const bytes = utf8.encode(text);
        const got = run(fast(d), bytes, sizes);
        const want = run(general(d), bytes, sizes);
        expect(got.rows).toEqual(want.rows);
        expect(got.error).toBe(want.error);
        if (!got.error) expect(got.lines).toBe(physicalLines(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('stays on the quote-free path for quotes inside values, which the tokenizer keeps as written', () => {
    const units = [...plainUnits, 'a"', 'b""'];
    fc.assert(
      fc.property(csvText(units), delimiter, (text, d) => {
        const bytes = utf8.encode(`x${text}`);
        let reader: FastCsvRows | undefined;
        const got = run((onRow) => (reader = createFastCsvRows({ delimiter: d, file: 't.csv', decode, onRow })), bytes, [bytes.length]);
        expect(got.rows).toEqual(run(general(d), bytes, [bytes.length]).rows);
        // Every quote follows a letter: none may open a quoted value.
        expect(reader!.quoteFree).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('numbers lines across blank lines, CRLF and a CR ending one chunk with the LF starting the next', () => {
    const bytes = utf8.encode('h,x\r\n\r\n1,a\r\n\n2,b\r3,c\r\n');
    const got = run(fast(','), bytes, [10, 1, 3]);
    expect(got.rows.map((r) => [r.line, ...r.fields])).toEqual([
      [1, 'h', 'x'],
      [3, '1', 'a'],
      [5, '2', 'b'],
      [6, '3', 'c'],
    ]);
    expect(got.lines).toBe(6);
  });

  it('reads a file whose lines end in CR alone in linear time', () => {
    const bytes = utf8.encode('1,abc,2026-01-01,10.00\r'.repeat(200_000));
    let rows = 0;
    const r = createFastCsvRows({ delimiter: ',', file: 't.csv', decode, onRow: () => void rows++ });
    for (let pos = 0; pos < bytes.length; pos += 1 << 20) r.push(bytes.subarray(pos, pos + (1 << 20)));
    r.end();
    expect(rows).toBe(200_000);
    expect(r.lines).toBe(200_000);
  }, 5000); // searching for a LF from every row takes ~30 s here

  it('delivers a last row without a line end and does not count a line for it', () => {
    const got = run(fast(','), utf8.encode('a,b\n1,2'), [3]);
    expect(got.rows.map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
    expect(got.lines).toBe(1);
  });

  it('stops delivering rows once onRow returns false', () => {
    const seen: string[] = [];
    const r = createFastCsvRows({
      delimiter: ',',
      file: 't.csv',
      decode,
      onRow: (row) => {
        seen.push(row.text(0));
        if (seen.length === 2) return false;
      },
    });
    r.push(utf8.encode('a\nb\nc\n'));
    r.push(utf8.encode('d\n'));
    r.end();
    expect(seen).toEqual(['a', 'b']);
  });
});
