/**
 * Values at given positions of the ascending order of `values`, without sorting all of them:
 * a counting pass when the values are integers in a narrow range (recency, frequency), else a
 * multi-quickselect (O(n log p) for p positions). Sorting 1M doubles natively costs ~100 ms;
 * this costs a few ms, which is what keeps scoring 1M customers far under the 300 ms budget.
 * `values` is scratch: it is reordered. Values must not be NaN.
 */
export function orderStatistics(values: Float64Array | Int32Array, positions: readonly number[]): number[] {
  const n = values.length;
  const wanted = [...new Set(positions)].sort((a, b) => a - b);
  for (const p of wanted) if (!Number.isInteger(p) || p < 0 || p >= n) throw new RangeError(`No position ${p} among ${n} values.`);
  const found = new Map<number, number>();
  if (wanted.length > 0) {
    if (!countingSelect(values, wanted, found)) {
      multiselect(values, 0, n - 1, wanted, 0, wanted.length, 2 * Math.ceil(Math.log2(n + 1)) + 8);
      for (const p of wanted) found.set(p, values[p]);
    }
  }
  return positions.map((p) => found.get(p)!);
}

function countingSelect(values: Float64Array | Int32Array, wanted: number[], found: Map<number, number>): boolean {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min;
  if (!(range <= Math.max(1 << 16, 2 * n))) return false;
  if (!(values instanceof Int32Array)) {
    for (let i = 0; i < n; i++) if (!Number.isInteger(values[i])) return false;
  }
  const counts = new Uint32Array(range + 1);
  for (let i = 0; i < n; i++) counts[values[i] - min]++;
  let below = 0;
  let w = 0;
  for (let v = 0; v <= range && w < wanted.length; v++) {
    below += counts[v];
    while (w < wanted.length && wanted[w] < below) found.set(wanted[w++], v + min);
  }
  return true;
}

/** Reorders a[lo..hi] so that a[p] holds its sorted value for every p in pos[pLo..pHi). */
function multiselect(
  a: Float64Array | Int32Array,
  lo: number,
  hi: number,
  pos: number[],
  pLo: number,
  pHi: number,
  depth: number,
): void {
  while (pLo < pHi) {
    if (hi - lo < 24) {
      insertionSort(a, lo, hi);
      return;
    }
    if (depth-- === 0) {
      a.subarray(lo, hi + 1).sort(); // guards against quadratic inputs
      return;
    }
    const mid = (lo + hi) >>> 1;
    // Median of three, left in place as a[lo] <= a[mid] <= a[hi]; Hoare's partition around a[mid].
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo - 1;
    let j = hi + 1;
    for (;;) {
      do i++;
      while (a[i] < pivot);
      do j--;
      while (a[j] > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    // Now a[lo..j] <= pivot <= a[j+1..hi], lo <= j < hi.
    let q = pLo;
    while (q < pHi && pos[q] <= j) q++;
    if (q - pLo < pHi - q) {
      multiselect(a, lo, j, pos, pLo, q, depth);
      lo = j + 1;
      pLo = q;
    } else {
      multiselect(a, j + 1, hi, pos, q, pHi, depth);
      hi = j;
      pHi = q;
    }
  }
}

function insertionSort(a: Float64Array | Int32Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

function swap(a: Float64Array | Int32Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
