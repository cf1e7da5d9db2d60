/**
 * Finds which holders (rows) share a key string with another holder, cheaply while the strings are
 * fresh from the reader. Each key costs a hash and a bit in a small table that stays in cache; only
 * keys whose hash bit was already set (repeats, and some hash collisions) are compared as strings, at
 * the end, fetched again from their holders.
 */
export class SharedKeys {
  private readonly bits: Int32Array;
  private readonly mask: number;
  /** Bits of the hashes seen at least twice. */
  private readonly again: Int32Array;
  private hashes: Int32Array;
  /** Holder of each key, and which of the holder's keys it is. */
  private holders: Int32Array;
  private subs: Uint8Array;
  private count = 0;
  private repeats = 0;

  /** `expected`: about how many keys will be added. */
  constructor(expected: number) {
    let size = 1 << 16;
    while (size < expected * 8) size *= 2;
    this.bits = new Int32Array(size >> 5);
    this.again = new Int32Array(size >> 5);
    this.mask = size - 1;
    const room = Math.max(1024, expected);
    this.hashes = new Int32Array(room);
    this.holders = new Int32Array(room);
    this.subs = new Uint8Array(room);
  }

  /** Adds key `s`, the `sub`-th key (0–255) of `holder`. */
  add(s: string, holder: number, sub = 0): void {
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    h ^= h >>> 12;
    const n = this.count++;
    if (n === this.hashes.length) this.grow();
    this.hashes[n] = h;
    this.holders[n] = holder;
    this.subs[n] = sub;
    const b = h & this.mask, word = b >>> 5, bit = 1 << (b & 31);
    if ((this.bits[word] & bit) === 0) this.bits[word] |= bit;
    else {
      this.again[word] |= bit;
      this.repeats++;
    }
  }

  /** Holders that share a key with another holder (some more than once); `keyOf` gives a key back. */
  shared(keyOf: (holder: number, sub: number) => string): number[] {
    const out: number[] = [];
    if (this.repeats === 0) return out;
    // Keys whose hash bit was seen twice, grouped by full hash; equal strings are within a group.
    const groups = new Map<number, number[]>();
    for (let k = 0; k < this.count; k++) {
      const b = this.hashes[k] & this.mask;
      if ((this.again[b >>> 5] & (1 << (b & 31))) === 0) continue;
      const g = groups.get(this.hashes[k]);
      if (g) g.push(k);
      else groups.set(this.hashes[k], [k]);
    }
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      const keys = g.map((k) => keyOf(this.holders[k], this.subs[k]));
      for (let x = 0; x < g.length; x++) {
        for (let y = x + 1; y < g.length; y++) {
          const a = this.holders[g[x]], c = this.holders[g[y]];
          if (a !== c && keys[x] === keys[y]) out.push(a, c);
        }
      }
    }
    return out;
  }

  private grow(): void {
    const n = this.hashes.length * 2;
    const hashes = new Int32Array(n), holders = new Int32Array(n), subs = new Uint8Array(n);
    hashes.set(this.hashes);
    holders.set(this.holders);
    subs.set(this.subs);
    this.hashes = hashes;
    this.holders = holders;
    this.subs = subs;
  }
}
