/** Byte strings end to end: key i is bytes[starts[i], starts[i + 1]). */
export interface ByteKeys {
  bytes: Uint8Array;
  starts: Int32Array;
}

/** Below this many keys a bucket is finished by insertion sort. */
const SMALL = 24;

/**
 * Sorts `indexes` in place by their keys' bytes (a key that is a prefix of another comes first);
 * stable, so equal keys keep their order. For UTF-8 keys this is the spec's customer id order
 * (shared/spec/rfm.md, "Batch output format").
 *
 * Each key's first 8 bytes are read once, into two integers, and sorted by a least-significant-digit
 * radix sort, one pass per byte that varies (~10 ms per pass for a million keys; passes touch only
 * those integers, never the keys). Keys equal in their first 8 bytes (long ids with a common prefix,
 * or short ones differing only by trailing zero bytes) are then sorted by all their bytes.
 */
export function sortByKeyBytes(keys: ByteKeys, indexes: Int32Array): Int32Array {
  const n = indexes.length;
  if (n < 2) return indexes;
  const { bytes, starts } = keys;
  let hi = new Int32Array(n), lo = new Int32Array(n), ix = indexes.slice();
  for (let j = 0; j < n; j++) {
    const i = ix[j];
    const s = starts[i], len = starts[i + 1] - s;
    let h = 0, l = 0;
    for (let k = 0; k < 4; k++) h = (h << 8) | (k < len ? bytes[s + k] : 0);
    for (let k = 4; k < 8; k++) l = (l << 8) | (k < len ? bytes[s + k] : 0);
    hi[j] = h;
    lo[j] = l;
  }
  let hi2 = new Int32Array(n), lo2 = new Int32Array(n), ix2 = new Int32Array(n);
  const counts = new Int32Array(256);
  for (let pass = 0; pass < 8; pass++) {
    const word = pass < 4 ? lo : hi;
    const shift = (pass & 3) << 3;
    counts.fill(0);
    for (let j = 0; j < n; j++) counts[(word[j] >>> shift) & 255]++;
    if (counts[(word[0] >>> shift) & 255] === n) continue; // this byte is the same in every key
    for (let b = 0, sum = 0; b < 256; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    for (let j = 0; j < n; j++) {
      const to = counts[(word[j] >>> shift) & 255]++;
      hi2[to] = hi[j];
      lo2[to] = lo[j];
      ix2[to] = ix[j];
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [ix, ix2] = [ix2, ix];
  }
  indexes.set(ix);
  // Runs of equal first 8 bytes: by all the bytes.
  const levels: Int32Array[] = [];
  for (let j = 1, run = 0; j <= n; j++) {
    if (j < n && hi[j] === hi[run] && lo[j] === lo[run]) continue;
    if (j - run > SMALL) radix(bytes, starts, indexes, ix2, run, j, 0, levels, 0);
    else if (j - run > 1) insertionSort(bytes, starts, indexes, run, j, 0);
    run = j;
  }
  return indexes;
}

/** Sorts a[lo, hi), whose keys share their first `depth` bytes; `levels` holds counts per recursion level. */
function radix(
  bytes: Uint8Array,
  starts: Int32Array,
  a: Int32Array,
  tmp: Int32Array,
  lo: number,
  hi: number,
  depth: number,
  levels: Int32Array[],
  level: number,
): void {
  // counts[b + 1]: keys in bucket b, b = byte at `depth` + 1 (b = 0: the key ends before `depth`).
  const counts = (levels[level] ??= new Int32Array(258));
  for (;;) {
    const n = hi - lo;
    if (n <= SMALL) break;
    counts.fill(0);
    for (let i = lo; i < hi; i++) {
      const k = a[i];
      const p = starts[k] + depth;
      counts[(p < starts[k + 1] ? bytes[p] + 1 : 0) + 1]++;
    }
    if (counts[1] === n) break; // every key ended: all equal, already in stable order
    let widest = 1;
    for (let b = 1; b < 257; b++) if (counts[b + 1] > counts[widest + 1]) widest = b;
    if (counts[widest + 1] === n) {
      depth++;
      continue;
    }
    for (let b = 1; b < 258; b++) counts[b] += counts[b - 1];
    for (let i = lo; i < hi; i++) {
      const k = a[i];
      const p = starts[k] + depth;
      tmp[lo + counts[p < starts[k + 1] ? bytes[p] + 1 : 0]++] = k;
    }
    a.set(tmp.subarray(lo, hi), lo);
    // counts[b] now ends bucket b. Bucket 0 (ended keys) is sorted; recurse into the others but the
    // widest, which this loop continues with, so the stack stays O(log n) deep.
    let widestLo = 0, widestHi = 0;
    for (let b = 1; b < 257; b++) {
      const s = lo + counts[b - 1], e = lo + counts[b];
      if (e - s < 2) continue;
      if (b === widest) {
        widestLo = s;
        widestHi = e;
      } else radix(bytes, starts, a, tmp, s, e, depth + 1, levels, level + 1);
    }
    if (widestHi - widestLo < 2) {
      lo = hi;
      break;
    }
    lo = widestLo;
    hi = widestHi;
    depth++;
  }
  insertionSort(bytes, starts, a, lo, hi, depth);
}

function insertionSort(bytes: Uint8Array, starts: Int32Array, a: Int32Array, lo: number, hi: number, depth: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const k = a[i];
    let j = i - 1;
    while (j >= lo && compareFrom(bytes, starts, a[j], k, depth) > 0) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = k;
  }
}

function compareFrom(bytes: Uint8Array, starts: Int32Array, x: number, y: number, depth: number): number {
  let i = starts[x] + depth, j = starts[y] + depth;
  const ie = starts[x + 1], je = starts[y + 1];
  while (i < ie && j < je) {
    const d = bytes[i++] - bytes[j++];
    if (d !== 0) return d;
  }
  return ie - i - (je - j);
}
