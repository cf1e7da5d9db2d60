const TWO_BYTE = /[^\u0000-\u00ff]/;

/**
 * Approximate bytes a record occupies once serialised: typed arrays by their byte length, strings
 * at one byte per character when every character is Latin-1 (how V8 and Chromium store them), two
 * otherwise, 8 bytes per number. An estimate for footprint reports and quota messages, not exact.
 */
export function encodedSize(value: unknown): number {
  if (typeof value === 'string') return TWO_BYTE.test(value) ? value.length * 2 : value.length;
  if (typeof value === 'number') return 8;
  if (typeof value === 'boolean') return 1;
  if (value === null || value === undefined || typeof value !== 'object') return 0;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof Blob) return value.size;
  let total = 0;
  if (Array.isArray(value)) {
    for (const item of value) total += encodedSize(item);
    return total;
  }
  for (const [k, v] of Object.entries(value)) total += k.length + encodedSize(v);
  return total;
}
