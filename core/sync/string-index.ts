/**
 * A string → integer map for a million keys, sized once: open addressing over an Int32Array with
 * FNV-1a hashes. Chromium's Map took 5–10 s (its growing tables set off repeated full GCs) to
 * index M's million order ids where this takes a few hundred ms (bench/sync-browser.mjs).
 */
export class StringIndex {
  private keys: string[] = [];
  private values: number[] = [];
  private table: Int32Array;
  private mask: number;

  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.table = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  get(key: string): number | undefined {
    for (let slot = hash(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = this.table[slot];
      if (e === 0) return undefined;
      if (this.keys[e - 1] === key) return this.values[e - 1];
    }
  }

  set(key: string, value: number): void {
    for (let slot = hash(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = this.table[slot];
      if (e === 0) {
        this.keys.push(key);
        this.values.push(value);
        this.table[slot] = this.keys.length;
        if (this.keys.length * 2 > this.table.length) this.grow();
        return;
      }
      if (this.keys[e - 1] === key) {
        this.values[e - 1] = value;
        return;
      }
    }
  }

  private grow(): void {
    this.table = new Int32Array(this.table.length * 2);
    this.mask = this.table.length - 1;
    for (let e = 0; e < this.keys.length; e++) {
      let slot = hash(this.keys[e]) & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = e + 1;
    }
  }
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  // Final mix: ids differing only in their last characters still spread over the table.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
