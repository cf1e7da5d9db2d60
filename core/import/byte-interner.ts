import type { TextDecodeFn } from './text-decoder.ts';

/**
 * Gives each distinct byte string a small integer, decoding only the first occurrence: hot loops over
 * low-cardinality columns (channel, category, currency) or repeated keys (customer ids) then cost a
 * hash and a byte comparison per row instead of a string allocation.
 * Open addressing over FNV-1a; the keys' bytes are kept in one growing pool.
 */
export class ByteInterner {
  /** Decoded value of each index. */
  readonly values: string[] = [];
  private slots: Int32Array; // index + 1, 0 = empty
  private mask: number;
  private hashes: Int32Array = new Int32Array(16);
  private keyStart: Int32Array = new Int32Array(16);
  private keyEnd: Int32Array = new Int32Array(16);
  private pool: Uint8Array = new Uint8Array(256);
  private poolLen = 0;

  constructor(private readonly decode: TextDecodeFn, expected = 16) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.values.length;
  }

  /** Index of bytes [start, end) of `b`, adding them when new. */
  intern(b: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    for (let k = start; k < end; k++) h = Math.imul(h ^ b[k], 0x01000193);
    const slots = this.slots, mask = this.mask, pool = this.pool;
    const len = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const ix = slots[s] - 1;
      if (ix < 0) return this.add(b, start, end, h, s);
      if (this.hashes[ix] !== h) continue;
      const ks = this.keyStart[ix];
      if (this.keyEnd[ix] - ks !== len) continue;
      let k = 0;
      while (k < len && pool[ks + k] === b[start + k]) k++;
      if (k === len) return ix;
    }
  }

  private add(b: Uint8Array, start: number, end: number, h: number, slot: number): number {
    const ix = this.values.length;
    const len = end - start;
    if (this.poolLen + len > this.pool.length) {
      const grown = new Uint8Array(Math.max(this.pool.length * 2, this.poolLen + len));
      grown.set(this.pool.subarray(0, this.poolLen));
      this.pool = grown;
    }
    this.pool.set(b.subarray(start, end), this.poolLen);
    if (ix === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.keyStart = grow(this.keyStart);
      this.keyEnd = grow(this.keyEnd);
    }
    this.hashes[ix] = h;
    this.keyStart[ix] = this.poolLen;
    this.keyEnd[ix] = this.poolLen + len;
    this.poolLen += len;
    this.values.push(this.decode(b, start, end));
    this.slots[slot] = ix + 1;
    if ((ix + 1) * 2 > this.slots.length) this.rehash();
    return ix;
  }

  private rehash(): void {
    const cap = this.slots.length * 2;
    const slots = new Int32Array(cap);
    const mask = cap - 1;
    for (let ix = 0; ix < this.values.length; ix++) {
      let s = this.hashes[ix] & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = ix + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function grow(a: Int32Array): Int32Array {
  const g = new Int32Array(a.length * 2);
  g.set(a);
  return g;
}
