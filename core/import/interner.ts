/**
 * Values of a low-cardinality column (currency, channel, category, customer id) to dense indexes,
 * looked up by their bytes so that a million rows do not create a million strings. Index 0 is
 * reserved for the empty value when `withEmpty` is set (the OrderTable convention).
 */
export class Interner {
  /** Index → string. */
  readonly values: string[] = [];
  private readonly byString = new Map<string, number>();
  private slots: Int32Array;
  private mask: number;
  private hashes: Int32Array;
  private starts: Int32Array;
  private lengths: Int32Array;
  private ids: Int32Array;
  private entries = 0;
  private lastEntry = -1;
  private pool: Uint8Array;
  private poolUsed = 0;
  /**
   * Entries by a hash of four of their bytes: a dictionary column (a dozen categories of 20 bytes)
   * is found without hashing every byte; the entry is still compared in full.
   */
  private readonly front = new Int32Array(256).fill(-1);

  /**
   * @param withEmpty reserve index 0 for ''.
   * @param unique the values' byte forms are canonical (one file's ids): skip merging different
   *   byte forms of one string, which costs a string map the size of the column.
   */
  constructor(
    private readonly decode: (buf: Uint8Array, s: number, e: number) => string,
    withEmpty = false,
    private readonly unique = false,
  ) {
    this.slots = new Int32Array(256).fill(-1);
    this.mask = 255;
    this.hashes = new Int32Array(128);
    this.starts = new Int32Array(128);
    this.lengths = new Int32Array(128);
    this.ids = new Int32Array(128);
    this.pool = new Uint8Array(4096);
    if (withEmpty) this.internString('');
  }

  get size(): number { return this.values.length; }

  /** Index of the value written as `buf[s, e)`. */
  intern(buf: Uint8Array, s: number, e: number): number {
    const len = e - s;
    // Low-cardinality columns (currency) often repeat one value: compare with the last hit before
    // hashing. Not worth it once there are many values (customer ids).
    const last = this.lastEntry;
    if (this.entries < 64 && last >= 0 && this.lengths[last] === len && this.same(last, buf, s, len)) return this.ids[last];
    const f = len === 0 ? 0 : (len * 7 + buf[s] * 31 + buf[s + (len >> 1)] * 13 + buf[e - 1]) & 255;
    const fk = this.front[f];
    if (fk >= 0 && this.lengths[fk] === len && this.same(fk, buf, s, len)) {
      this.lastEntry = fk;
      return this.ids[fk];
    }
    let h = 0x811c9dc5 | 0;
    for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i], 0x01000193);
    const slots = this.slots, mask = this.mask, hashes = this.hashes, lengths = this.lengths;
    let slot = h & mask;
    for (;;) {
      const k = slots[slot];
      if (k === -1) break;
      if (hashes[k] === h && lengths[k] === len && this.same(k, buf, s, len)) {
        this.lastEntry = this.front[f] = k;
        return this.ids[k];
      }
      slot = (slot + 1) & mask;
    }
    const value = this.decode(buf, s, e);
    let id: number;
    if (this.unique) { id = this.values.length; this.values.push(value); } else id = this.internString(value);
    this.lastEntry = this.front[f] = this.addEntry(slot, h, buf, s, len, id);
    return id;
  }

  /** Index of a value given as a string. */
  internString(value: string): number {
    let id = this.byString.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.byString.set(value, id);
    }
    return id;
  }

  private same(k: number, buf: Uint8Array, s: number, len: number): boolean {
    const p = this.starts[k], pool = this.pool;
    for (let i = 0; i < len; i++) if (pool[p + i] !== buf[s + i]) return false;
    return true;
  }

  private addEntry(slot: number, h: number, buf: Uint8Array, s: number, len: number, id: number): number {
    const k = this.entries++;
    if (k === this.hashes.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.hashes = grow(this.hashes); this.starts = grow(this.starts); this.lengths = grow(this.lengths); this.ids = grow(this.ids);
    }
    if (this.poolUsed + len > this.pool.length) {
      const bigger = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      bigger.set(this.pool);
      this.pool = bigger;
    }
    this.pool.set(buf.subarray(s, s + len), this.poolUsed);
    this.hashes[k] = h; this.starts[k] = this.poolUsed; this.lengths[k] = len; this.ids[k] = id;
    this.poolUsed += len;
    this.slots[slot] = k;
    if (this.entries * 2 > this.slots.length) this.rehash();
    return k;
  }

  private rehash(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let k = 0; k < this.entries; k++) {
      let slot = this.hashes[k] & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = k;
    }
  }
}
