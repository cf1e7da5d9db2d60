/**
 * Finds which holders (rows) share a key string with another holder, cheaply while the strings are
 * fresh from the reader. Each key costs a hash and a bit in a small table that stays in cache; only
 * keys whose hash bit was already set (repeats, and some hash collisions) are compared as strings, at
 * the end.
 */
export class SharedKeys {
  private readonly bits: Int32Array;
  private readonly mask: number;
  /** Bits of the hashes seen at least twice. */
  private readonly again: Int32Array;
  private keys: string[] = [];
  private hashes = new Int32Array(1024);
  private holders = new Int32Array(1024);
  private repeats = 0;

  /** `expected`: about how many keys will be added. */
  constructor(expected: number) {
    let size = 1 << 16;
    while (size < expected * 8) size *= 2;
    this.bits = new Int32Array(size >> 5);
    this.again = new Int32Array(size >> 5);
    this.mask = size - 1;
  }

  add(s: string, holder: number): void {
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    h ^= h >>> 12;
    const n = this.keys.length;
    if (n === this.hashes.length) {
      const grow = (a: Int32Array) => {
        const g = new Int32Array(n * 2);
        g.set(a);
        return g;
      };
      this.hashes = grow(this.hashes);
      this.holders = grow(this.holders);
    }
    this.keys.push(s);
    this.hashes[n] = h;
    this.holders[n] = holder;
    const b = h & this.mask, word = b >>> 5, bit = 1 << (b & 31);
    if ((this.bits[word] & bit) === 0) this.bits[word] |= bit;
    else {
      this.again[word] |= bit;
      this.repeats++;
    }
  }

  /** Holders that share a key with another holder, each once, in no particular order. */
  shared(): number[] {
    const out: number[] = [];
    if (this.repeats === 0) return out;
    // Keys whose hash bit was seen twice, grouped by full hash; equal strings are within a group.
    const groups = new Map<number, number[]>();
    for (let k = 0; k < this.keys.length; k++) {
      const b = this.hashes[k] & this.mask;
      if ((this.again[b >>> 5] & (1 << (b & 31))) === 0) continue;
      const g = groups.get(this.hashes[k]);
      if (g) g.push(k);
      else groups.set(this.hashes[k], [k]);
    }
    for (const g of groups.values()) {
      for (let x = 0; x < g.length; x++) {
        for (let y = x + 1; y < g.length; y++) {
          const a = g[x], c = g[y];
          if (this.keys[a] === this.keys[c] && this.holders[a] !== this.holders[c]) out.push(this.holders[a], this.holders[c]);
        }
      }
    }
    return out;
  }
}
