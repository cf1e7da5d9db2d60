type Typed = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array | Int16Array;
type TypedCtor = { new (n: number): Typed };

/** Columns grown by appending chunks: capacity starts at the count the envelope declares, doubles if it was wrong. */
export class ColumnBuilder<K extends string> {
  length = 0;
  readonly typed: Record<K, Typed>;
  readonly lists: Record<string, unknown[]> = {};

  constructor(private kinds: Record<K, TypedCtor>, private capacity: number) {
    this.typed = {} as Record<K, Typed>;
    for (const k of Object.keys(kinds) as K[]) this.typed[k] = new kinds[k](Math.max(16, capacity));
    this.capacity = Math.max(16, capacity);
  }

  reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.capacity) return;
    let cap = this.capacity;
    while (cap < need) cap *= 2;
    for (const k of Object.keys(this.kinds) as K[]) {
      const grown = new this.kinds[k](cap);
      grown.set(this.typed[k].subarray(0, this.length));
      this.typed[k] = grown;
    }
    this.capacity = cap;
  }

  /** The typed columns cut to length (views, no copy when the count was declared exactly). */
  finish(): Record<K, Typed> {
    const out = {} as Record<K, Typed>;
    for (const k of Object.keys(this.kinds) as K[]) out[k] = this.typed[k].length === this.length ? this.typed[k] : this.typed[k].slice(0, this.length);
    return out;
  }
}
