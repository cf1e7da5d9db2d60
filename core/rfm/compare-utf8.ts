// U+D800..U+DFFF are surrogates: code points above U+FFFF, which UTF-8 sorts after U+E000..U+FFFF.
const HAS_SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Orders strings as their UTF-8 bytes would (= code point order). JS `<` compares UTF-16 code
 * units, which puts an astral character (surrogate pair) before U+E000..U+FFFF; the first differing
 * unit is remapped so that surrogates rank above every other BMP unit.
 */
export function compareUtf8(a: string, b: string): number {
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 0xd800 && y < 0xd800) return x - y;
    return remap(x) - remap(y);
  }
  return a.length - b.length;
}

const remap = (u: number): number => (u >= 0xe000 ? u - 0x800 : u >= 0xd800 ? u + 0x2000 : u);

/** Indexes of `ids` sorted by UTF-8 byte order; plain `<` when no id has a surrogate (same order, faster). */
export function sortIndexesUtf8(ids: readonly string[], indexes: number[]): number[] {
  const fast = !indexes.some((i) => HAS_SURROGATE.test(ids[i]));
  const cmp = fast
    ? (i: number, j: number): number => (ids[i] < ids[j] ? -1 : ids[i] > ids[j] ? 1 : i - j)
    : (i: number, j: number): number => compareUtf8(ids[i], ids[j]) || i - j;
  return indexes.sort(cmp);
}
