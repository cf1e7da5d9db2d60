/**
 * Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF), fast on ASCII.
 * Whole-buffer and streaming forms: a file can be valid in its head and broken further on.
 */

/** Index of the first byte that starts an invalid (or, when `final`, truncated) sequence in [start, end); -1 if none. */
export function findInvalidUtf8(bytes: Uint8Array, start = 0, end = bytes.length, final = true): number {
  // ASCII is skipped four bytes per load through a word view of the aligned middle of the range.
  const off = bytes.byteOffset;
  const w0 = (off + start + 3) >> 2, w1 = (off + end) >> 2;
  // Short ranges (a field) are not worth a view.
  const words = w1 - w0 >= 16 ? new Uint32Array(bytes.buffer, w0 << 2, w1 - w0) : undefined;
  let i = start;
  while (i < end) {
    const c = bytes[i];
    if (c < 0x80) {
      i++;
      if (words !== undefined && (i & 3) === (-off & 3)) {
        // At a word boundary: skip whole ASCII words.
        let w = ((off + i) >> 2) - w0;
        if (w >= 0) {
          const n = words.length;
          while (w < n && (words[w] & 0x80808080) === 0) w++;
          i = ((w + w0) << 2) - off;
        }
      }
      continue;
    }
    // Two-byte sequences (Cyrillic, Latin accents) inline; longer ones checked in full.
    if (c >= 0xc2 && c <= 0xdf && i + 1 < end && (bytes[i + 1] & 0xc0) === 0x80) { i += 2; continue; }
    const len = sequenceLength(bytes, i, end);
    if (len > 0) { i += len; continue; }
    if (len === 0 && !final) return -1; // cut by the end of the chunk; the caller carries it
    return i;
  }
  return -1;
}

export function isValidUtf8(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  return findInvalidUtf8(bytes, start, end) < 0;
}

/**
 * Length of the well-formed sequence at i (lead byte ≥ 0x80), -1 if malformed, 0 if it is a valid
 * prefix cut by `end`.
 */
export function utf8SequenceLength(b: Uint8Array, i: number, end: number): number {
  return sequenceLength(b, i, end);
}

function sequenceLength(b: Uint8Array, i: number, end: number): number {
  const c = b[i];
  let need: number, lo = 0x80, hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f; }
  else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f; }
  else return -1;
  for (let k = 1; k <= need; k++) {
    if (i + k >= end) return 0;
    const x = b[i + k];
    if (x < lo || x > hi) return -1;
    lo = 0x80; hi = 0xbf;
  }
  return need + 1;
}

/** Validates a stream chunk by chunk; a sequence split between chunks is carried over. */
export interface Utf8Validator {
  /** False once any invalid byte has been seen. */
  push(chunk: Uint8Array): boolean;
  /** False if the stream was invalid or ended inside a sequence. */
  end(): boolean;
}

export function createUtf8Validator(): Utf8Validator {
  let valid = true;
  const carry = new Uint8Array(8);
  let carried = 0;
  return {
    push(chunk) {
      if (!valid) return false;
      let from = 0;
      if (carried > 0) {
        // Complete the split sequence with at most 3 bytes of the new chunk.
        const take = Math.min(4 - carried, chunk.length);
        carry.set(chunk.subarray(0, take), carried);
        const len = sequenceLength(carry, 0, carried + take);
        if (len < 0) return (valid = false);
        if (len === 0) { carried += take; return true; }
        from = len - carried;
        carried = 0;
      }
      const bad = findInvalidUtf8(chunk, from, chunk.length, false);
      if (bad >= 0) return (valid = false);
      // A valid prefix cut at the end: find where it starts (at most 3 bytes back).
      let k = chunk.length;
      while (k > from && k > chunk.length - 4 && (chunk[k - 1] & 0xc0) === 0x80) k--;
      if (k > from && chunk[k - 1] >= 0xc0 && sequenceLength(chunk, k - 1, chunk.length) === 0) {
        carry.set(chunk.subarray(k - 1), 0);
        carried = chunk.length - k + 1;
      }
      return true;
    },
    end() {
      return valid && carried === 0;
    },
  };
}
