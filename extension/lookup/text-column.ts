/**
 * Many strings as one string plus end offsets: IndexedDB clones one string and one typed array far
 * faster than 100k separate strings, which keeps the service worker's cold start short (issue #5).
 */
export interface TextColumn {
  text: string;
  /** Item i is text.slice(ends[i - 1] ?? 0, ends[i]). */
  ends: Uint32Array;
}

export function textColumn(items: readonly string[]): TextColumn {
  const ends = new Uint32Array(items.length);
  let at = 0;
  items.forEach((s, i) => (ends[i] = at += s.length));
  return { text: items.join(''), ends };
}

export const textAt = (c: TextColumn, i: number): string => c.text.slice(i === 0 ? 0 : c.ends[i - 1], c.ends[i]);

/** First position whose item is >= `q` (items sorted by code unit). */
export function lowerBound(c: TextColumn, q: string): number {
  let lo = 0;
  let hi = c.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (textAt(c, mid) < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
