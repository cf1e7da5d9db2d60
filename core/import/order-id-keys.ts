/**
 * Order ids as numbers where possible. Most shops number orders (`10000123`, `#1001`, `SO-5521`):
 * when every id is one common prefix followed by canonical digits (no leading zero, at most 15 digits),
 * the digits are a faithful key, and numbers sort and hash far faster than a million strings
 * (a string Map of 1M ids costs ~0.3 s; sorting their numbers ~0.05 s).
 */
export function numericKeys(ids: readonly string[], prefix = commonPrefix(ids)): Float64Array | undefined {
  const keys = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const k = keyOf(ids[i], prefix);
    if (k < 0) return undefined;
    keys[i] = k;
  }
  return keys;
}

/** The id's number under `prefix`, or -1 when it is not `<prefix><canonical digits>`. */
export function keyOf(id: string, prefix: string): number {
  const p = prefix.length, n = id.length;
  if (n <= p || n - p > 15 || !id.startsWith(prefix)) return -1;
  if (id.charCodeAt(p) === 48 && n - p > 1) return -1;
  let v = 0;
  for (let i = p; i < n; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

function commonPrefix(ids: readonly string[]): string {
  const first = ids[0] ?? '';
  let p = 0;
  while (p < first.length && (first.charCodeAt(p) < 48 || first.charCodeAt(p) > 57)) p++;
  return first.slice(0, p);
}

/** For each row, the row of the first earlier order with the same id, or -1. */
export function firstOccurrences(ids: readonly string[]): Int32Array {
  const keys = numericKeys(ids);
  if (keys) return firstOccurrencesOfKeys(keys);
  const first = new Int32Array(ids.length).fill(-1);
  const seen = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const s = seen.get(ids[i]);
    if (s === undefined) seen.set(ids[i], i); else first[i] = s;
  }
  return first;
}

/** firstOccurrences of ids given by keys that are one to one with them (numericKeys, ByteOrderKeys). */
export function firstOccurrencesOfKeys(keys: Float64Array): Int32Array {
  const first = new Int32Array(keys.length).fill(-1);
  // Most exports are sorted by order number: strictly increasing keys cannot repeat.
  let increasing = true;
  for (let i = 1; i < keys.length && increasing; i++) increasing = keys[i] > keys[i - 1];
  if (increasing) return first;
  // Sort a copy to find the few duplicated values, then map only those.
  const sorted = keys.slice().sort();
  const repeated = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]);
  if (repeated.size === 0) return first;
  const seen = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) {
    if (!repeated.has(keys[i])) continue;
    const s = seen.get(keys[i]);
    if (s === undefined) seen.set(keys[i], i); else first[i] = s;
  }
  return first;
}

/**
 * numericKeys computed from the ids' bytes as they are read, sparing a second pass over a million
 * strings: the prefix is the first id's leading non-digit bytes. Bytes of one prefix and canonical
 * digits map one to one to the strings they decode to, so the keys are as exact as numericKeys'.
 */
export class ByteOrderKeys {
  private prefix: Uint8Array | undefined;
  private keys = new Float64Array(1024);
  private count = 0;
  private failed = false;

  /** Adds the key of the next id, written as b[s, e). */
  add(b: Uint8Array, s: number, e: number): void {
    if (this.failed) return;
    if (this.prefix === undefined) {
      let k = s;
      while (k < e && (b[k] < 0x30 || b[k] > 0x39)) k++;
      this.prefix = b.slice(s, k);
    }
    const p = this.prefix, n = e - s;
    let k = 0;
    while (k < p.length && k < n && b[s + k] === p[k]) k++;
    const digits = n - p.length;
    if (k < p.length || digits < 1 || digits > 15 || (b[s + k] === 48 && digits > 1)) {
      this.failed = true;
      return;
    }
    let v = 0;
    for (let i = s + k; i < e; i++) {
      const d = b[i] - 48;
      if (d < 0 || d > 9) {
        this.failed = true;
        return;
      }
      v = v * 10 + d;
    }
    if (this.count === this.keys.length) {
      const grown = new Float64Array(this.count * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.count++] = v;
  }

  /** The keys of every id added, or undefined when one was not `<prefix><canonical digits>`. */
  result(): Float64Array | undefined {
    return this.failed ? undefined : this.keys.slice(0, this.count);
  }
}

/** Row of an order id among `ids` (the first one), through numeric keys when they apply. */
export class OrderIdLookup {
  private readonly prefix: string = '';
  private readonly byNumber?: Map<number, number>;
  private readonly byString?: Map<string, number>;

  constructor(ids: readonly string[]) {
    const prefix = commonPrefix(ids);
    const keys = ids.length > 0 ? numericKeys(ids, prefix) : undefined;
    if (keys) {
      this.prefix = prefix;
      this.byNumber = new Map();
      for (let i = keys.length - 1; i >= 0; i--) this.byNumber.set(keys[i], i);
    } else {
      this.byString = new Map();
      for (let i = ids.length - 1; i >= 0; i--) this.byString.set(ids[i], i);
    }
  }

  get(id: string): number | undefined {
    if (this.byString) return this.byString.get(id);
    const k = keyOf(id, this.prefix);
    return k < 0 ? undefined : this.byNumber?.get(k);
  }
}
