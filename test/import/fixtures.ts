import { WINDOWS_1251_HIGH } from '../../core/import/text-decoder.ts';

const utf8 = new TextEncoder();
const to1251 = new Map(WINDOWS_1251_HIGH.map((u, k) => [u, 0x80 + k]));

export function encodeUtf8(s: string, bom = false): Uint8Array {
  const body = utf8.encode(s);
  return bom ? concat(new Uint8Array([0xef, 0xbb, 0xbf]), body) : body;
}

/** Windows-1251 bytes of `s` (throws on a character the code page lacks). */
export function encode1251(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => {
    const u = ch.charCodeAt(0);
    if (u < 0x80) return u;
    const b = to1251.get(u);
    if (b === undefined) throw new Error(`not in Windows-1251: ${ch}`);
    return b;
  });
}

/** UTF-16 with a BOM. */
export function encodeUtf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
  const units = (bom ? '\ufeff' : '') + s;
  const out = new Uint8Array(units.length * 2);
  for (let k = 0; k < units.length; k++) {
    const u = units.charCodeAt(k);
    out[2 * k + (bigEndian ? 0 : 1)] = u >> 8;
    out[2 * k + (bigEndian ? 1 : 0)] = u & 0xff;
  }
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
