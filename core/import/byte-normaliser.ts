import type { TextEncoding } from './types.ts';

/**
 * Turns a file's bytes into bytes the tokenizer scans: the BOM is dropped and UTF-16 becomes UTF-8.
 * UTF-8 and Windows-1251 pass through without a copy (their ASCII bytes — delimiters, quotes,
 * digits — are already single bytes).
 */
export interface ByteNormaliser {
  push(chunk: Uint8Array): Uint8Array;
  /** Flushes what a split sequence left behind (a lone trailing byte becomes U+FFFD). */
  end(): Uint8Array;
}

const EMPTY = new Uint8Array(0);

export function createByteNormaliser(encoding: TextEncoding): ByteNormaliser {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return utf16Transcoder(encoding === 'utf-16be');
  let first = true;
  return {
    push(chunk) {
      if (!first || chunk.length === 0) return chunk;
      first = false;
      // A UTF-8 BOM split across the first chunks is not worth handling: chunks are kilobytes.
      if (encoding === 'utf-8' && chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return chunk.subarray(3);
      return chunk;
    },
    end: () => EMPTY,
  };
}

/** Whole-buffer form of {@link createByteNormaliser}. */
export function normaliseBytes(bytes: Uint8Array, encoding: TextEncoding): Uint8Array {
  const n = createByteNormaliser(encoding);
  const head = n.push(bytes);
  const tail = n.end();
  if (tail.length === 0) return head;
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}

function utf16Transcoder(bigEndian: boolean): ByteNormaliser {
  let odd = -1; // a byte left over from the previous chunk
  let high = 0; // a high surrogate waiting for its low half
  let first = true;
  const hiOff = bigEndian ? 0 : 1;
  return {
    push(chunk) {
      let src = chunk;
      if (odd >= 0 && chunk.length > 0) {
        src = new Uint8Array(chunk.length + 1);
        src[0] = odd;
        src.set(chunk, 1);
        odd = -1;
      }
      const units = src.length >> 1;
      if (src.length & 1) odd = src[src.length - 1];
      const out = new Uint8Array(units * 3 + 3);
      let o = 0;
      for (let k = 0; k < units; k++) {
        const u = (src[2 * k + hiOff] << 8) | src[2 * k + 1 - hiOff];
        if (first) {
          first = false;
          if (u === 0xfeff) continue;
        }
        if (high !== 0) {
          if (u >= 0xdc00 && u <= 0xdfff) {
            const cp = 0x10000 + ((high - 0xd800) << 10) + (u - 0xdc00);
            out[o++] = 0xf0 | (cp >> 18);
            out[o++] = 0x80 | ((cp >> 12) & 0x3f);
            out[o++] = 0x80 | ((cp >> 6) & 0x3f);
            out[o++] = 0x80 | (cp & 0x3f);
            high = 0;
            continue;
          }
          o = writeReplacement(out, o);
          high = 0;
        }
        if (u < 0x80) out[o++] = u;
        else if (u < 0x800) {
          out[o++] = 0xc0 | (u >> 6);
          out[o++] = 0x80 | (u & 0x3f);
        } else if (u >= 0xd800 && u <= 0xdbff) high = u;
        else if (u >= 0xdc00 && u <= 0xdfff) o = writeReplacement(out, o);
        else {
          out[o++] = 0xe0 | (u >> 12);
          out[o++] = 0x80 | ((u >> 6) & 0x3f);
          out[o++] = 0x80 | (u & 0x3f);
        }
      }
      return out.subarray(0, o);
    },
    end() {
      if (high === 0 && odd < 0) return EMPTY;
      high = 0;
      odd = -1;
      return new Uint8Array([0xef, 0xbf, 0xbd]);
    },
  };
}

function writeReplacement(out: Uint8Array, o: number): number {
  out[o] = 0xef;
  out[o + 1] = 0xbf;
  out[o + 2] = 0xbd;
  return o + 3;
}
