/**
 * Per-customer aggregates of a batch run, keyed by the customer id's bytes: one hash table whose
 * slots hold the key and the customer's order count, latest day and sum together, so that a row
 * costs one hash and (usually) one cache line. Keys get indexes 0, 1, 2, … in order of first
 * appearance and sit end to end in a pool; no string is ever made.
 *
 * A slot is eight int32 (two slots per cache line): hash, tag ((index + 1) << 4 | length tag), the key
 * itself when at most 8 bytes (two little-endian words), count, latest day, and the sum as a float64
 * in the last eight bytes. Longer keys are compared against the pool. The buffers travel between
 * threads as they are ({@link CustomerTable.parts}, {@link CustomerTable.adopt}): no copy, no rehash.
 */
export interface CustomerTableParts {
  slots: Int32Array;
  pool: Uint8Array;
  /** Key i is pool[starts[i], starts[i + 1]). */
  starts: Int32Array;
  size: number;
  /** Some key has a byte >= 0x80 (its bytes may not be the UTF-8 of its text). */
  highBytes: boolean;
}

/** Int32 per slot. */
const SLOT = 8;
/** Length tag of keys longer than 8 bytes (compared in the pool). */
const LONG = 15;
export const NO_DAY = -2147483648;
/** Orders looked up together by {@link CustomerTable.flush}. */
const QUEUE = 64;

export class CustomerTable {
  private slots: Int32Array;
  private sums: Float64Array;
  private mask: number; // slots - 1
  private limit: number; // grow past this many keys
  private pool: Uint8Array;
  private starts: Int32Array;
  private count: number;
  private high: boolean;
  private queued = 0;
  /** Per queued entry: hash, length, the key's two words; then its orders' count, latest day and sum. */
  private readonly queueWords = new Int32Array(QUEUE * 4);
  private readonly queueCounts = new Int32Array(QUEUE);
  private readonly queueDays = new Int32Array(QUEUE);
  private readonly queueSums = new Float64Array(QUEUE);
  private readonly wordBytes = new Uint8Array(8);
  /** Where the touching loads go, so that they are not optimised away. */
  private touched = 0;

  /** A table sized for `expected` keys without growing. */
  constructor(expected = 16) {
    let n = 16;
    while (n * 0.6 < expected) n *= 2;
    this.slots = new Int32Array(n * SLOT);
    this.sums = new Float64Array(this.slots.buffer);
    this.mask = n - 1;
    this.limit = Math.floor(n * 0.6);
    this.pool = new Uint8Array(Math.max(256, expected * 8));
    this.starts = new Int32Array(expected + 1);
    this.count = 0;
    this.high = false;
  }

  /** The table whose buffers are `parts` (as {@link parts} gave them, e.g. from another thread). */
  static adopt(parts: CustomerTableParts): CustomerTable {
    const t = new CustomerTable(0);
    t.slots = parts.slots;
    t.sums = new Float64Array(parts.slots.buffer, parts.slots.byteOffset, parts.slots.length >> 1);
    const n = parts.slots.length / SLOT;
    t.mask = n - 1;
    t.limit = Math.floor(n * 0.6);
    t.pool = parts.pool;
    t.starts = parts.starts;
    t.count = parts.size;
    t.high = parts.highBytes;
    return t;
  }

  /** Number of distinct keys. */
  get size(): number {
    this.flush();
    return this.count;
  }

  get highBytes(): boolean {
    this.flush();
    return this.high;
  }

  /** The buffers, to send to another thread (transfer `slots.buffer`, `pool.buffer`, `starts.buffer`). */
  parts(): CustomerTableParts {
    this.flush();
    return { slots: this.slots, pool: this.pool, starts: this.starts, size: this.count, highBytes: this.high };
  }

  /** Keys by index: key i is bytes[starts[i], starts[i + 1]). */
  keys(): { bytes: Uint8Array; starts: Int32Array } {
    this.flush();
    return { bytes: this.pool.subarray(0, this.starts[this.count]), starts: this.starts.subarray(0, this.count + 1) };
  }

  /**
   * The slot of bytes [start, end) of `b`, added with no orders when new. A slot is valid until the
   * next key is added; {@link indexAt} gives the lasting index.
   */
  slot(b: Uint8Array, start: number, end: number): number {
    return this.find(b, start, end, true);
  }

  /** Whether bytes [start, end) of `b` are a key (queued orders included). */
  has(b: Uint8Array, start: number, end: number): boolean {
    this.flush();
    return this.find(b, start, end, false) >= 0;
  }

  /** The key's slot; when absent, -1 or (with `add`) a new slot. */
  private find(b: Uint8Array, start: number, end: number, add: boolean): number {
    const len = end - start;
    const t = this.slots, mask = this.mask;
    if (len <= 8) {
      readWords(b, start, len);
      const w0 = W0, w1 = W1;
      const h = shortHash(w0, w1, len);
      for (let s = h & mask; ; s = (s + 1) & mask) {
        const o = s * SLOT;
        const tag = t[o + 1];
        if (tag === 0) return add ? this.insert(b, start, end, h, w0, w1) : -1;
        if (t[o] === h && (tag & 15) === len && t[o + 2] === w0 && t[o + 3] === w1) return o;
      }
    }
    const h = longHash(b, start, end);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const o = s * SLOT;
      const tag = t[o + 1];
      if (tag === 0) return add ? this.insert(b, start, end, h, 0, 0) : -1;
      if (t[o] !== h || (tag & 15) !== LONG) continue;
      const ix = (tag >>> 4) - 1;
      const ks = this.starts[ix];
      if (this.starts[ix + 1] - ks !== len) continue;
      const pool = this.pool;
      let k = 0;
      while (k < len && pool[ks + k] === b[start + k]) k++;
      if (k === len) return o;
    }
  }

  /**
   * Counts one order like `addOrder(slot(b, start, end), day, amount)`, later: short keys wait in a
   * queue of {@link QUEUE} and are then looked up together. A lookup is a cache miss in a table of
   * tens of MB; one by one, between the parsing of rows, they follow each other, whereas a run of
   * independent lookups overlaps them (about 3x faster on L). Call {@link flush} before reading.
   */
  queueOrder(b: Uint8Array, start: number, end: number, day: number, amount: number): void {
    const len = end - start;
    if (len > 8) {
      this.addOrder(this.find(b, start, end, true), day, amount);
      return;
    }
    readWords(b, start, len);
    this.enqueue(shortHash(W0, W1, len), len, W0, W1, 1, day, amount);
  }

  private enqueue(h: number, len: number, w0: number, w1: number, count: number, day: number, sum: number): void {
    const q = this.queued++;
    const qw = this.queueWords;
    qw[q * 4] = h;
    qw[q * 4 + 1] = len;
    qw[q * 4 + 2] = w0;
    qw[q * 4 + 3] = w1;
    this.queueCounts[q] = count;
    this.queueDays[q] = day;
    this.queueSums[q] = sum;
    if (q + 1 === QUEUE) this.flush();
  }

  /** Counts the queued orders (see {@link queueOrder}). */
  flush(): void {
    const n = this.queued;
    if (n === 0) return;
    this.queued = 0;
    if (this.count + n > this.limit) this.grow(); // no slot moves below
    const qw = this.queueWords, counts = this.queueCounts, days = this.queueDays, sums = this.queueSums;
    const t = this.slots;
    const mask = this.mask;
    // Touch every first slot (independent loads: the misses overlap), then probe in cache.
    let touched = 0;
    for (let q = 0; q < n; q++) touched |= t[(qw[q * 4] & mask) * SLOT + 1];
    this.touched = touched;
    for (let q = 0; q < n; q++) {
      const h = qw[q * 4], len = qw[q * 4 + 1], w0 = qw[q * 4 + 2], w1 = qw[q * 4 + 3];
      let o: number;
      for (let s = h & mask; ; s = (s + 1) & mask) {
        o = s * SLOT;
        const tag = t[o + 1];
        if (tag === 0) {
          const key = this.wordBytes;
          for (let k = 0; k < 4; k++) key[k] = w0 >>> (k << 3);
          for (let k = 0; k < 4; k++) key[4 + k] = w1 >>> (k << 3);
          this.place(o, key, 0, len, h, w0, w1);
          break;
        }
        if (t[o] === h && (tag & 15) === len && t[o + 2] === w0 && t[o + 3] === w1) break;
      }
      t[o + 4] += counts[q];
      if (days[q] > t[o + 5]) t[o + 5] = days[q];
      this.sums[(o >> 1) + 3] += sums[q];
    }
  }

  /** Index (0, 1, 2, … in order of first appearance) of the key in slot `o`. */
  indexAt(o: number): number {
    return (this.slots[o + 1] >>> 4) - 1;
  }

  /** Counts one order of `amount` minor units on `day` for the customer in slot `o`. */
  addOrder(o: number, day: number, amount: number): void {
    const t = this.slots;
    t[o + 4]++;
    if (day > t[o + 5]) t[o + 5] = day;
    this.sums[(o >> 1) + 3] += amount;
  }

  /** Adds every customer of `other` (orders included) to this table, looking keys up in batches as {@link queueOrder} does. */
  addAll(other: CustomerTable): void {
    other.flush();
    const t = other.slots, sums = other.sums, pool = other.pool, starts = other.starts;
    for (let o = 0; o < t.length; o += SLOT) {
      const tag = t[o + 1];
      if (tag === 0 || t[o + 4] === 0) continue;
      if ((tag & 15) === LONG) {
        const ix = (tag >>> 4) - 1;
        this.addTotals(this.find(pool, starts[ix], starts[ix + 1], true), t[o + 4], t[o + 5], sums[(o >> 1) + 3]);
      } else this.enqueue(t[o], tag & 15, t[o + 2], t[o + 3], t[o + 4], t[o + 5], sums[(o >> 1) + 3]);
    }
    this.flush();
  }

  /** Adds `count` orders summing to `sum`, the latest on `lastDay`, to the customer in slot `o`. */
  addTotals(o: number, count: number, lastDay: number, sum: number): void {
    const t = this.slots;
    t[o + 4] += count;
    if (lastDay > t[o + 5]) t[o + 5] = lastDay;
    this.sums[(o >> 1) + 3] += sum;
  }

  /**
   * The customers with at least one order, in table order (not by index): their keys end to end and
   * their counts, latest days and sums. One pass over the slots, writing in order; short keys come
   * from the slots themselves.
   */
  compact(): { keys: { bytes: Uint8Array; starts: Int32Array }; count: Int32Array; lastDay: Int32Array; sum: Float64Array } {
    this.flush();
    const t = this.slots, sums = this.sums, pool = this.pool, poolStarts = this.starts;
    let n = 0;
    for (let o = 0; o < t.length; o += SLOT) if (t[o + 1] !== 0 && t[o + 4] > 0) n++;
    const count = new Int32Array(n);
    const lastDay = new Int32Array(n);
    const sum = new Float64Array(n);
    const starts = new Int32Array(n + 1);
    const bytes = new Uint8Array(this.starts[this.count]);
    let j = 0, w = 0;
    for (let o = 0; o < t.length; o += SLOT) {
      const tag = t[o + 1];
      if (tag === 0 || t[o + 4] === 0) continue;
      count[j] = t[o + 4];
      lastDay[j] = t[o + 5];
      sum[j] = sums[(o >> 1) + 3];
      const len = tag & 15;
      if (len === LONG) {
        const ix = (tag >>> 4) - 1;
        for (let k = poolStarts[ix], e = poolStarts[ix + 1]; k < e; k++) bytes[w++] = pool[k];
      } else {
        const w0 = t[o + 2], w1 = t[o + 3];
        for (let k = 0; k < len; k++) bytes[w++] = (k < 4 ? w0 >>> (k << 3) : w1 >>> ((k - 4) << 3)) & 255;
      }
      starts[++j] = w;
    }
    return { keys: { bytes: bytes.subarray(0, w), starts }, count, lastDay, sum };
  }

  /** Order counts, latest days ({@link NO_DAY} when none) and sums, by index. */
  columns(): { count: Int32Array; lastDay: Int32Array; sum: Float64Array } {
    this.flush();
    const n = this.count;
    const count = new Int32Array(n);
    const lastDay = new Int32Array(n);
    const sum = new Float64Array(n);
    const t = this.slots, sums = this.sums;
    for (let o = 0; o < t.length; o += SLOT) {
      const tag = t[o + 1];
      if (tag === 0) continue;
      const ix = (tag >>> 4) - 1;
      count[ix] = t[o + 4];
      lastDay[ix] = t[o + 5];
      sum[ix] = sums[(o >> 1) + 3];
    }
    return { count, lastDay, sum };
  }

  private insert(b: Uint8Array, start: number, end: number, h: number, w0: number, w1: number): number {
    if (this.count >= this.limit) this.grow();
    const t = this.slots, mask = this.mask;
    let s = h & mask;
    while (t[s * SLOT + 1] !== 0) s = (s + 1) & mask;
    this.place(s * SLOT, b, start, end, h, w0, w1);
    return s * SLOT;
  }

  /** Adds the key in the empty slot `o` (the table has room). */
  private place(o: number, b: Uint8Array, start: number, end: number, h: number, w0: number, w1: number): void {
    const ix = this.count++;
    const len = end - start;
    if (ix + 2 > this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2 + 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    const at = this.starts[ix];
    if (at + len > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, at + len));
      grown.set(this.pool.subarray(0, at));
      this.pool = grown;
    }
    const pool = this.pool;
    let high = 0;
    for (let k = 0; k < len; k++) high |= pool[at + k] = b[start + k];
    if (high >= 0x80) this.high = true;
    this.starts[ix + 1] = at + len;
    const t = this.slots;
    t[o] = h;
    t[o + 1] = ((ix + 1) << 4) | (len <= 8 ? len : LONG);
    t[o + 2] = w0;
    t[o + 3] = w1;
    t[o + 5] = NO_DAY;
  }

  private grow(): void {
    const old = this.slots;
    const n = (this.mask + 1) * 2;
    const t = new Int32Array(n * SLOT);
    const mask = n - 1;
    for (let o = 0; o < old.length; o += SLOT) {
      if (old[o + 1] === 0) continue;
      let s = old[o] & mask;
      while (t[s * SLOT + 1] !== 0) s = (s + 1) & mask;
      const d = s * SLOT;
      for (let k = 0; k < SLOT; k++) t[d + k] = old[o + k];
    }
    this.slots = t;
    this.sums = new Float64Array(t.buffer);
    this.mask = mask;
    this.limit = Math.floor(n * 0.6);
  }
}

/** The two little-endian words of a key of at most 8 bytes, zero-padded (set by readWords). */
let W0 = 0, W1 = 0;

function readWords(b: Uint8Array, start: number, len: number): void {
  let w0 = 0, w1 = 0;
  if (len >= 4) {
    w0 = b[start] | (b[start + 1] << 8) | (b[start + 2] << 16) | (b[start + 3] << 24);
    for (let k = 4; k < len; k++) w1 |= b[start + k] << ((k - 4) << 3);
  } else for (let k = 0; k < len; k++) w0 |= b[start + k] << (k << 3);
  W0 = w0;
  W1 = w1;
}

const shortHash = (w0: number, w1: number, len: number): number => mix(w0 ^ Math.imul(w1 ^ (len << 28), 0x9e3779b1));

/** FNV-1a, mixed. */
function longHash(b: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ b[k], 0x01000193);
  return mix(h);
}

/** Murmur3's finaliser: every input bit moves the low bits that pick the slot. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
