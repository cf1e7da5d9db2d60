import type { TextDecodeFn } from './text-decoder.ts';

/**
 * Gives each distinct byte string a small integer (0, 1, 2, … in order of first appearance) without
 * decoding it: hot loops over low-cardinality columns (channel, category, currency), repeated keys
 * (customer ids) or keys only checked for duplicates cost a hash and a comparison per row instead of
 * a string allocation. Values are decoded on demand, once.
 *
 * Open addressing; a slot is four int32: hash, tag (index and length), and for keys of up to 8 bytes
 * the key itself, so that a lookup of a short key (ids, codes) touches one cache line. Longer keys
 * are compared against a pool where all keys sit end to end.
 */
export class ByteInterner {
  private table: Int32Array;
  private mask: number; // slots - 1
  private keyStart: Int32Array = new Int32Array(17); // key i is pool[keyStart[i], keyStart[i + 1])
  private pool: Uint8Array = new Uint8Array(256);
  private count = 0;
  private readonly decoded: (string | undefined)[] = [];

  constructor(private readonly decode: TextDecodeFn, expected = 16) {
    let slots = 16;
    while (slots < expected * 2) slots *= 2;
    this.table = new Int32Array(slots * 4);
    this.mask = slots - 1;
  }

  /** Number of distinct values. */
  get size(): number {
    return this.count;
  }

  /** Index of bytes [start, end) of `b`, adding them when new. */
  intern(b: Uint8Array, start: number, end: number): number {
    const len = end - start;
    let h: number, w0 = 0, w1 = 0;
    if (len <= 8) {
      for (let k = 0; k < len && k < 4; k++) w0 |= b[start + k] << (k << 3);
      for (let k = 4; k < len; k++) w1 |= b[start + k] << ((k - 4) << 3);
      h = mix(w0 ^ Math.imul(w1 ^ (len << 28), 0x9e3779b1));
    } else {
      h = 0x811c9dc5 | 0;
      for (let k = start; k < end; k++) h = Math.imul(h ^ b[k], 0x01000193);
      h = mix(h);
    }
    const table = this.table, mask = this.mask;
    const lenTag = len <= 8 ? len : LONG;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const o = s << 2;
      const tag = table[o + 1];
      if (tag === 0) return this.add(b, start, end, h, o, w0, w1);
      if (table[o] !== h || (tag & 15) !== lenTag) continue;
      const ix = (tag >>> 4) - 1;
      if (lenTag !== LONG) {
        if (table[o + 2] === w0 && table[o + 3] === w1) return ix;
        continue;
      }
      const ks = this.keyStart[ix];
      if (this.keyStart[ix + 1] - ks !== len) continue;
      const pool = this.pool;
      let k = 0;
      while (k < len && pool[ks + k] === b[start + k]) k++;
      if (k === len) return ix;
    }
  }

  /** The decoded value of index `ix`. */
  value(ix: number): string {
    return (this.decoded[ix] ??= this.decode(this.pool, this.keyStart[ix], this.keyStart[ix + 1]));
  }

  /** Every value, by index. */
  values(): string[] {
    return Array.from({ length: this.count }, (_, ix) => this.value(ix));
  }

  private add(b: Uint8Array, start: number, end: number, h: number, o: number, w0: number, w1: number): number {
    const ix = this.count++;
    const at = this.keyStart[ix];
    const len = end - start;
    if (at + len > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, at + len));
      grown.set(this.pool.subarray(0, at));
      this.pool = grown;
    }
    const pool = this.pool;
    for (let k = 0; k < len; k++) pool[at + k] = b[start + k];
    if (ix + 2 > this.keyStart.length) {
      const grown = new Int32Array(this.keyStart.length * 2);
      grown.set(this.keyStart);
      this.keyStart = grown;
    }
    this.keyStart[ix + 1] = at + len;
    const t = this.table;
    t[o] = h;
    t[o + 1] = ((ix + 1) << 4) | (len <= 8 ? len : LONG);
    t[o + 2] = w0;
    t[o + 3] = w1;
    if (this.count * 2 > this.mask + 1) this.rehash();
    return ix;
  }

  private rehash(): void {
    const slots = (this.mask + 1) * 2;
    const table = new Int32Array(slots * 4);
    const mask = slots - 1;
    const old = this.table;
    for (let o = 0; o < old.length; o += 4) {
      if (old[o + 1] === 0) continue;
      let s = old[o] & mask;
      while (table[(s << 2) + 1] !== 0) s = (s + 1) & mask;
      table.set(old.subarray(o, o + 4), s << 2);
    }
    this.table = table;
    this.mask = mask;
  }
}

/** Length tag of keys longer than 8 bytes (compared in the pool). */
const LONG = 15;

/** Murmur3's finaliser: every input bit moves the low bits that pick the slot. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
