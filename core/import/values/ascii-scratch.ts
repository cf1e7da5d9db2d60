/**
 * String forms of the byte parsers copy the string into this scratch buffer first, so that each
 * value kind has one implementation. NBSP and narrow NBSP become the byte 0xA0 (a space to the
 * parsers); any other non-ASCII character becomes 0xFF, which no parser accepts.
 */
export const scratch = new Uint8Array(256);

/** Copies `s` into `scratch` and returns its length, or -1 when it is too long to be a value. */
export function toScratch(s: string): number {
  const n = s.length;
  if (n > scratch.length) return -1;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    scratch[k] = c < 0x80 ? c : c === 0xa0 || c === 0x202f ? 0xa0 : 0xff;
  }
  return n;
}
