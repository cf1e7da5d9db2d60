import { createRowEndScanner } from './row-end-scanner.ts';
import type { Delimiter } from './types.ts';

const QUOTE = 0x22, LF = 0x0a, CR = 0x0d;

/**
 * Start of the first row at or after `from` in normalised bytes, outside quotes (bytes.length if
 * none): a safe place to split a big buffer between parallel tokenizers. The quote state at `from`
 * comes from jumping between quotes from the start with indexOf (fast: quotes are rare), with the
 * tokenizer's rule that a quote opens only at the start of a field.
 */
export function findRowBoundary(bytes: Uint8Array, from: number, delimiter: Delimiter): number {
  return boundaryAt(bytes, from, delimiter.charCodeAt(0), { p: 0, inQuotes: false });
}

/**
 * Splits a buffer into `parts` ranges of whole rows of about equal size, in one pass over its
 * quotes: `[0, b1, …, bytes.length]`; part k is [b_k, b_k+1) and may be empty. Tokenize part k with
 * `firstLine: 1 + countLines(bytes, 0, b_k)`.
 */
export function splitRows(bytes: Uint8Array, parts: number, delimiter: Delimiter): number[] {
  const d = delimiter.charCodeAt(0);
  const state = { p: 0, inQuotes: false };
  const out = [0];
  for (let k = 1; k < parts; k++) {
    const target = Math.max(out[k - 1], Math.floor((bytes.length * k) / parts));
    out.push(boundaryAt(bytes, target, d, state));
  }
  out.push(bytes.length);
  return out;
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

/** `state` holds the quote state at `state.p`; it only moves forward, so calls must not go back. */
function boundaryAt(bytes: Uint8Array, from: number, d: number, state: { p: number; inQuotes: boolean }): number {
  const n = bytes.length;
  if (from <= 0) return 0;
  if (from >= n) return n;
  let { p, inQuotes } = state;
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
  state.p = p;
  state.inQuotes = inQuotes;
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
