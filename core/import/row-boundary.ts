import { createRowEndScanner } from './row-end-scanner.ts';
import type { Delimiter } from './types.ts';

const QUOTE = 0x22, LF = 0x0a, CR = 0x0d;

/**
 * Start of the first row at or after `from` in normalised bytes, outside quotes (bytes.length if
 * none): a safe place to split a big file between parallel tokenizers. The quote state at `from`
 * comes from jumping between quotes from the start with indexOf (fast: quotes are rare), with the
 * tokenizer's rule that a quote opens only at the start of a field.
 */
export function findRowBoundary(bytes: Uint8Array, from: number, delimiter: Delimiter): number {
  const n = bytes.length;
  if (from <= 0) return 0;
  if (from >= n) return n;
  const d = delimiter.charCodeAt(0);
  let p = 0;
  let inQuotes = false;
  for (;;) {
    const q = bytes.indexOf(QUOTE, p);
    if (q < 0 || q >= from) break;
    if (!inQuotes) {
      const prev = q === 0 ? LF : bytes[q - 1];
      inQuotes = prev === d || prev === LF || prev === CR;
      p = q + 1;
    } else if (q + 1 < n && bytes[q + 1] === QUOTE) p = q + 2;
    else {
      inQuotes = false;
      p = q + 1;
    }
  }
  const prev = bytes[from - 1];
  if (!inQuotes && (prev === LF || (prev === CR && bytes[from] !== LF))) return from;
  const at = Math.max(from, p);
  const scanner = createRowEndScanner(d);
  const before = bytes[at - 1];
  scanner.set(inQuotes, !inQuotes && (before === d || before === LF || before === CR));
  const end = scanner.scan(bytes, at, n);
  if (end < 0) return n;
  return bytes[end - 1] === CR && end < n && bytes[end] === LF ? end + 1 : end;
}

/** Physical line breaks (CRLF, LF or CR) in bytes [start, end): add 1 for the line number at `end`. */
export function countLines(bytes: Uint8Array, start: number, end: number): number {
  const b = bytes.subarray(start, end); // bounds indexOf to the range
  let lines = 0;
  for (let p = b.indexOf(CR); p >= 0; p = b.indexOf(CR, p + 1)) lines++;
  // A LF after a CR is the same line break.
  for (let p = b.indexOf(LF); p >= 0; p = b.indexOf(LF, p + 1)) {
    if ((p > 0 ? b[p - 1] : start > 0 ? bytes[start - 1] : 0) !== CR) lines++;
  }
  return lines;
}
