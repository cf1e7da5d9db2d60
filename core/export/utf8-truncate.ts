const encoder = new TextEncoder();

/**
 * `s` cut to at most `maxBytes` bytes of UTF-8, at a code point boundary (a Cyrillic letter is two
 * bytes, an emoji four: none is ever split). A grapheme made of several code points (a flag, a ZWJ
 * emoji) may lose its tail; import limits count bytes, not what a reader sees.
 */
export function truncateUtf8(s: string, maxBytes: number): { text: string; truncated: boolean } {
  // Every UTF-16 unit is at most 3 bytes: short strings need no encoding.
  if (s.length * 3 <= maxBytes) return { text: s, truncated: false };
  const bytes = encoder.encode(s);
  if (bytes.length <= maxBytes) return { text: s, truncated: false };
  let end = maxBytes;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--; // back to the start of the cut code point
  return { text: new TextDecoder().decode(bytes.subarray(0, end)), truncated: true };
}

/** `s` cut to at most `max` characters (code points, never half a surrogate pair). */
export function truncateChars(s: string, max: number): { text: string; truncated: boolean } {
  if (s.length <= max) return { text: s, truncated: false };
  const points = Array.from(s);
  return points.length <= max ? { text: s, truncated: false } : { text: points.slice(0, max).join(''), truncated: true };
}
