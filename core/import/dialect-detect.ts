import { createCsvTokenizer } from './csv-tokenizer.ts';
import { detectDelimiter } from './delimiter-detect.ts';
import { detectEncoding, type DetectedEncoding } from './encoding.ts';
import { assertTextFile } from './file-kind-check.ts';
import { normaliseBytes } from './byte-normaliser.ts';
import { makeTextDecoder } from './text-decoder.ts';
import { findInvalidUtf8 } from './utf8-validate.ts';
import { ValueStyleVotes } from './value-style-detect.ts';
import type { Dialect, TextEncoding } from './types.ts';

/** Detection reads the head of a file (this many bytes, at most HEAD_ROWS rows) … */
export const HEAD_BYTES = 1 << 20;
const HEAD_ROWS = 2000;
/** … and windows spread over the rest: a file sorted by date shows only a few days in its head. */
const WINDOWS = 16;
const WINDOW_BYTES = 16 << 10;

export interface ByteRange {
  offset: number;
  length: number;
}

/** The parts of a file of `size` bytes that detection reads: the head, then the windows. */
export function dialectSampleRanges(size: number): ByteRange[] {
  const head = Math.min(size, HEAD_BYTES);
  const ranges: ByteRange[] = [{ offset: 0, length: head }];
  const rest = size - head;
  if (rest <= 0) return ranges;
  if (rest <= WINDOWS * WINDOW_BYTES) return [...ranges, { offset: head, length: rest }];
  for (let k = 0; k < WINDOWS; k++) {
    const offset = (head + Math.floor(((rest - WINDOW_BYTES) * k) / (WINDOWS - 1))) & ~1; // even: UTF-16
    ranges.push({ offset, length: WINDOW_BYTES });
  }
  return ranges;
}

/**
 * Encoding, delimiter, number and date style of a CSV file, from a bounded sample. `bytes` is the
 * whole file, or its head when the caller reads the windows of `dialectSampleRanges` itself and
 * passes them as `windows` (the command line, which streams big files).
 * Throws ImportError when the file is not a table (empty, binary, HTML, prose).
 */
export function detectDialect(bytes: Uint8Array, file: string, windows?: Uint8Array[], known?: DetectedEncoding): Dialect {
  const ranges = dialectSampleRanges(bytes.length);
  const head = bytes.subarray(0, ranges[0].length);
  const rest = windows ?? ranges.slice(1).map((r) => bytes.subarray(r.offset, r.offset + r.length));
  let { encoding, bom } = known ?? detectEncoding(bytes);
  if (encoding === 'utf-8' && !bom && windows?.some((w) => !windowIsUtf8(w))) encoding = 'windows-1251';

  const complete = head.length === bytes.length && !windows?.length;
  const text = normaliseBytes(isUtf16(encoding) ? head.subarray(0, head.length & ~1) : head, encoding);
  assertTextFile(bytes, text, file);
  const delimiter = detectDelimiter(text, complete, file);

  const decode = makeTextDecoder(encoding);
  const votes = new ValueStyleVotes();
  let width = 0;
  let rows = 0;
  const headTokenizer = createCsvTokenizer({
    delimiter,
    file,
    decode,
    onRow(r) {
      if (rows++ === 0) width = r.length;
      else votes.addRow(r, Math.min(width, r.length));
      if (rows >= HEAD_ROWS) return false;
    },
  });
  headTokenizer.push(text);
  if (complete) headTokenizer.end();
  for (const w of rest) {
    // A window starts anywhere: begin after its first line break; keep only rows as wide as the header.
    const t = normaliseBytes(w, encoding);
    const from = firstLineStart(t);
    if (from < 0) continue;
    createCsvTokenizer({
      delimiter,
      file,
      decode,
      onRow(r) {
        if (r.length === width) votes.addRow(r, width);
      },
    }).push(t.subarray(from));
  }

  const orders = votes.dateOrders();
  return {
    encoding,
    bom,
    delimiter,
    decimalComma: votes.isDecimalComma(delimiter === ';'),
    dateOrder: orders.length === 1 ? orders[0] : undefined,
    dateOrderCandidates: orders,
  };
}

/**
 * detectEncoding with UTF-8 checked only in the parts detection reads (the head and the windows of
 * dialectSampleRanges); `whole` when those are the whole file. A file that is UTF-8 in its samples is
 * UTF-8 until a pass over all of it says otherwise (csvTable's `checkUtf8`, while it is read anyway):
 * readImport then reads it again as Windows-1251.
 */
export function sampledEncoding(bytes: Uint8Array): DetectedEncoding & { whole: boolean } {
  const ranges = dialectSampleRanges(bytes.length);
  const whole = ranges.reduce((n, r) => n + r.length, 0) === bytes.length;
  if (whole) return { ...detectEncoding(bytes), whole };
  const samplesAreUtf8 = (b: Uint8Array) => findInvalidUtf8(b, 0, ranges[0].length, false) < 0
    && ranges.slice(1).every((r) => windowIsUtf8(b.subarray(r.offset, r.offset + r.length)));
  return { ...detectEncoding(bytes, samplesAreUtf8), whole };
}

function isUtf16(e: TextEncoding): boolean {
  return e === 'utf-16le' || e === 'utf-16be';
}

function firstLineStart(b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x0a || b[i] === 0x0d) {
      while (i < b.length && (b[i] === 0x0a || b[i] === 0x0d)) i++;
      return i;
    }
  }
  return -1;
}

/** A window cut anywhere is UTF-8 if it is apart from a sequence cut at either end. */
function windowIsUtf8(w: Uint8Array): boolean {
  let s = 0;
  while (s < w.length && s < 3 && (w[s] & 0xc0) === 0x80) s++;
  return findInvalidUtf8(w, s, w.length, false) < 0;
}
