/**
 * Interns byte strings (customer ids read straight from a file buffer) into dense indexes 0, 1, 2…
 * without creating a JS string per row: an open-addressing hash table over a growing byte pool.
 * Keys are decoded to strings once, at the end (`keys()`).
 */
export class ByteKeyMap {
  private slots: Int32Array;
  private mask: number;
  private pool = new Uint8Array(1 << 16);
  private poolUsed = 0;
  private offsets = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  size = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap <<= 1;
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
  }

  /** Index of `buf[start, end)`, adding it when new. */
  intern(buf: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
    const len = end - start;
    const slots = this.slots, mask = this.mask, pool = this.pool;
    let s = h & mask;
    for (;;) {
      const idx = slots[s];
      if (idx < 0) break;
      if (this.hashes[idx] === h && this.lengths[idx] === len) {
        const off = this.offsets[idx];
        let j = 0;
        while (j < len && pool[off + j] === buf[start + j]) j++;
        if (j === len) return idx;
      }
      s = (s + 1) & mask;
    }
    return this.insert(buf, start, len, h, s);
  }

  private insert(buf: Uint8Array, start: number, len: number, h: number, slot: number): number {
    const idx = this.size++;
    if (idx === this.offsets.length) {
      this.offsets = grow(this.offsets);
      this.lengths = grow(this.lengths);
      this.hashes = grow(this.hashes);
    }
    if (this.poolUsed + len > this.pool.length) {
      const next = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      next.set(this.pool.subarray(0, this.poolUsed));
      this.pool = next;
    }
    this.pool.set(buf.subarray(start, start + len), this.poolUsed);
    this.offsets[idx] = this.poolUsed;
    this.lengths[idx] = len;
    this.hashes[idx] = h;
    this.poolUsed += len;
    this.slots[slot] = idx;
    if (this.size * 2 > this.slots.length) this.rehash();
    return idx;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let idx = 0; idx < this.size; idx++) {
      let s = this.hashes[idx] & mask;
      while (slots[s] >= 0) s = (s + 1) & mask;
      slots[s] = idx;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** Every key in index order, decoded with `decode`. */
  keys(decode: (buf: Uint8Array, start: number, end: number) => string): string[] {
    const out = new Array<string>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = decode(this.pool, this.offsets[i], this.offsets[i] + this.lengths[i]);
    return out;
  }
}

function grow(a: Int32Array): Int32Array {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
}
