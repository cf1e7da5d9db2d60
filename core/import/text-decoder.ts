import type { TextEncoding } from './types.ts';

/** Decodes bytes [start, end) of a normalised buffer (see byte-normaliser.ts) to a string. */
export type TextDecodeFn = (buf: Uint8Array, start: number, end: number) => string;

/**
 * Characters of Windows-1251 bytes 0x80–0xFF (the WHATWG table; 0x98 is unassigned and maps to
 * U+0098 as browsers do). Own table because `TextDecoder('windows-1251')` needs full ICU.
 */
export const WINDOWS_1251_HIGH: readonly number[] = [
  0x0402, 0x0403, 0x201a, 0x0453, 0x201e, 0x2026, 0x2020, 0x2021, 0x20ac, 0x2030, 0x0409, 0x2039, 0x040a, 0x040c, 0x040b, 0x040f,
  0x0452, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x0098, 0x2122, 0x0459, 0x203a, 0x045a, 0x045c, 0x045b, 0x045f,
  0x00a0, 0x040e, 0x045e, 0x0408, 0x00a4, 0x0490, 0x00a6, 0x00a7, 0x0401, 0x00a9, 0x0404, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x0407,
  0x00b0, 0x00b1, 0x0406, 0x0456, 0x0491, 0x00b5, 0x00b6, 0x00b7, 0x0451, 0x2116, 0x0454, 0x00bb, 0x0458, 0x0405, 0x0455, 0x0457,
  ...Array.from({ length: 64 }, (_, k) => 0x0410 + k), // А..я
];

const fromCharCode = String.fromCharCode;
// Scratch for char codes; `apply` on a plain array is the fastest way to build a short string here.
const codes: number[] = [];
const APPLY_LIMIT = 4096;

/**
 * A decoder for normalised bytes of a file in `encoding` (UTF-16 files are UTF-8 once normalised).
 * Short ASCII runs, the bulk of CSV values, never reach TextDecoder: its per-call cost dominates.
 */
export function makeTextDecoder(encoding: TextEncoding): TextDecodeFn {
  return encoding === 'windows-1251' ? decodeWindows1251 : decodeUtf8;
}

const utf8 = new TextDecoder('utf-8');

function decodeUtf8(b: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= 12) {
    let k = start;
    while (k < end && b[k] < 0x80) k++;
    if (k === end) return shortAscii(b, start, n);
  }
  if (n > APPLY_LIMIT) return utf8.decode(b.subarray(start, end));
  // Sequences of up to three bytes (Latin, Cyrillic, «», №, —) by hand; the rest to TextDecoder.
  let o = 0;
  let k = start;
  while (k < end) {
    const c = b[k];
    if (c < 0x80) {
      codes[o++] = c;
      k++;
    } else if (c >= 0xc2 && c < 0xe0 && k + 1 < end && (b[k + 1] & 0xc0) === 0x80) {
      codes[o++] = ((c & 0x1f) << 6) | (b[k + 1] & 0x3f);
      k += 2;
    } else if (c >= 0xe0 && c < 0xf0 && k + 2 < end && (b[k + 1] & 0xc0) === 0x80 && (b[k + 2] & 0xc0) === 0x80) {
      const cp = ((c & 0x0f) << 12) | ((b[k + 1] & 0x3f) << 6) | (b[k + 2] & 0x3f);
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return utf8.decode(b.subarray(start, end));
      codes[o++] = cp;
      k += 3;
    } else return utf8.decode(b.subarray(start, end));
  }
  codes.length = o;
  return fromCharCode.apply(null, codes);
}

function decodeWindows1251(b: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= 12) {
    let k = start;
    while (k < end && b[k] < 0x80) k++;
    if (k === end) return shortAscii(b, start, n);
  }
  let out = '';
  for (let from = start; from < end; from += APPLY_LIMIT) {
    const to = Math.min(end, from + APPLY_LIMIT);
    let o = 0;
    for (let k = from; k < to; k++) {
      const c = b[k];
      codes[o++] = c < 0x80 ? c : WINDOWS_1251_HIGH[c - 0x80];
    }
    codes.length = o;
    out += fromCharCode.apply(null, codes);
  }
  return out;
}

function shortAscii(b: Uint8Array, s: number, n: number): string {
  const f = fromCharCode;
  switch (n) {
    case 0: return '';
    case 1: return f(b[s]);
    case 2: return f(b[s], b[s + 1]);
    case 3: return f(b[s], b[s + 1], b[s + 2]);
    case 4: return f(b[s], b[s + 1], b[s + 2], b[s + 3]);
    case 5: return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4]);
    case 6: return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5]);
    case 7: return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6]);
    case 8: return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7]);
    case 9: return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8]);
    case 10: return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9]);
    case 11: return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10]);
    default: return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11]);
  }
}
