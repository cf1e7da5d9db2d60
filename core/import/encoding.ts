import type { TextEncoding } from './types.ts';
import { findInvalidUtf8 } from './utf8-validate.ts';

export { normaliseBytes, createByteNormaliser } from './byte-normaliser.ts';
export { makeTextDecoder } from './text-decoder.ts';
export type { TextDecodeFn } from './text-decoder.ts';

export interface DetectedEncoding {
  encoding: TextEncoding;
  bom: boolean;
}

/**
 * Encoding of a file's bytes: a BOM decides; otherwise UTF-16 is recognised by its zero bytes and
 * anything that is not valid UTF-8 (checked over the whole buffer, not only its head) is taken as
 * Windows-1251, the encoding of Russian Excel's "CSV (разделители — запятые)".
 */
export function detectEncoding(bytes: Uint8Array, isUtf8: (bytes: Uint8Array) => boolean = (b) => findInvalidUtf8(b) < 0): DetectedEncoding {
  const n = bytes.length;
  if (n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (n >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (n >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, bom: false };
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'windows-1251', bom: false };
}

/** Text tables in UTF-16 without a BOM have a zero in (nearly) every other byte of their ASCII. */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0, oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}
