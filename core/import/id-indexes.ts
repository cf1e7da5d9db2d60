import { ByteInterner } from './byte-interner.ts';
import type { TextDecodeFn } from './text-decoder.ts';

/** Ids numbered past this go through the interner: the table stays under 16 MB. */
const TABLE_LIMIT = 1 << 22;

/**
 * Dense indexes (0, 1, … in order of first appearance) of the ids of a column, from their bytes.
 * Shops number their customers (`C0072376`): an id written as the first id's prefix followed by as
 * many digits as it has goes through a table indexed by its number — one read in a small array
 * instead of a hash and a probe in a table of 100k keys. Any other id goes through a ByteInterner.
 * The same bytes always take the same way, and each way is one to one, so indexes are exact.
 */
export class IdIndexes {
  private prefix: Uint8Array | undefined;
  private width = 0;
  /** Number → index + 1 (0: not seen). */
  private table = new Int32Array(0);
  private readonly others: ByteInterner;
  /** Interner index → dense index. */
  private otherIx = new Int32Array(64);
  private readonly values: string[] = [];

  constructor(private readonly decode: TextDecodeFn) {
    this.others = new ByteInterner(decode, 1024);
  }

  get size(): number {
    return this.values.length;
  }

  /** The decoded id of an index. */
  value(ix: number): string {
    return this.values[ix];
  }

  /** Index of the id written as b[s, e). */
  intern(b: Uint8Array, s: number, e: number): number {
    if (this.prefix === undefined) this.learn(b, s, e);
    const p = this.prefix!, w = this.width;
    if (w > 0 && e - s === p.length + w) {
      let k = 0;
      while (k < p.length && b[s + k] === p[k]) k++;
      if (k === p.length) {
        let v = 0, i = s + k;
        for (; i < e; i++) {
          const d = b[i] - 48;
          if (d < 0 || d > 9) break;
          v = v * 10 + d;
        }
        if (i === e && v < TABLE_LIMIT) {
          if (v >= this.table.length) this.growTable(v);
          const t = this.table[v];
          if (t !== 0) return t - 1;
          const ix = this.values.length;
          this.values.push(this.decode(b, s, e));
          this.table[v] = ix + 1;
          return ix;
        }
      }
    }
    const seen = this.others.size;
    const o = this.others.intern(b, s, e);
    if (o < seen) return this.otherIx[o];
    if (o === this.otherIx.length) {
      const grown = new Int32Array(o * 2);
      grown.set(this.otherIx);
      this.otherIx = grown;
    }
    const ix = this.values.length;
    this.values.push(this.others.value(o));
    this.otherIx[o] = ix;
    return ix;
  }

  /** The first id's shape: its leading non-digit bytes and the count of digits after them. */
  private learn(b: Uint8Array, s: number, e: number): void {
    let k = s;
    while (k < e && (b[k] < 0x30 || b[k] > 0x39)) k++;
    this.prefix = b.slice(s, k);
    let d = k;
    while (d < e && b[d] >= 0x30 && b[d] <= 0x39) d++;
    this.width = d === e && e - k <= 15 ? e - k : 0;
  }

  private growTable(v: number): void {
    let size = Math.max(1024, this.table.length * 2);
    while (size <= v) size *= 2;
    const grown = new Int32Array(Math.min(size, TABLE_LIMIT));
    grown.set(this.table);
    this.table = grown;
  }
}
