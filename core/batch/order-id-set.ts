import { CustomerTable, type CustomerTableParts } from './customer-table.ts';

/**
 * The order ids of a range read with `dedup: 'set'`, exactly: ids written as canonical whole numbers
 * (parseNumericIdAt) in an open-addressing table of doubles (8 bytes an id; a JS Set of 10M numbers
 * takes several times that), any other id by its bytes (the caller gives the UTF-8 of its text, so
 * that ids equal as strings are equal here). A number and a byte string never denote the same id:
 * a canonical integer has one spelling. Travels between threads as buffers ({@link parts}).
 */
export interface OrderIdSetParts {
  numbers: Float64Array;
  numberCount: number;
  texts: CustomerTableParts;
}

/** Slots hold id + 1 (ids are whole numbers below 2^53): 0, what a new array holds, is empty. */
const EMPTY = 0;
const MAX_LOAD = 0.7;

export class OrderIdSet {
  private numbers: Float64Array;
  private mask: number;
  private numberCount = 0;
  private texts: CustomerTable;
  /** Where touchNumbers' loads go, so that they are not optimised away. */
  private touched = 0;

  constructor(expected = 16) {
    let n = 16;
    while (n * MAX_LOAD < expected) n *= 2;
    this.numbers = new Float64Array(n);
    this.mask = n - 1;
    this.texts = new CustomerTable(0);
  }

  static adopt(parts: OrderIdSetParts): OrderIdSet {
    const s = new OrderIdSet(0);
    s.numbers = parts.numbers;
    s.mask = parts.numbers.length - 1;
    s.numberCount = parts.numberCount;
    s.texts = CustomerTable.adopt(parts.texts);
    return s;
  }

  /** The buffers, to send to another thread (transfer {@link transferables}). */
  parts(): OrderIdSetParts {
    return { numbers: this.numbers, numberCount: this.numberCount, texts: this.texts.parts() };
  }

  get size(): number {
    return this.numberCount + this.texts.size;
  }

  /** Adds the whole-number id `v` (>= 0); false when it was there already. */
  addNumber(v: number): boolean {
    const t = this.numbers, mask = this.mask;
    const stored = v + 1;
    for (let s = hashNumber(v) & mask; ; s = (s + 1) & mask) {
      const x = t[s];
      if (x === stored) return false;
      if (x === EMPTY) {
        t[s] = stored;
        if (++this.numberCount > (mask + 1) * MAX_LOAD) this.grow();
        return true;
      }
    }
  }

  /** Reads the first slot of each of values[0, n), so that adding them next finds them in cache. */
  touchNumbers(values: Float64Array, n: number): void {
    const t = this.numbers, mask = this.mask;
    let hits = 0;
    for (let q = 0; q < n; q++) if (t[hashNumber(values[q]) & mask] === values[q] + 1) hits++;
    this.touched = hits;
  }

  hasNumber(v: number): boolean {
    const t = this.numbers, mask = this.mask;
    const stored = v + 1;
    for (let s = hashNumber(v) & mask; ; s = (s + 1) & mask) {
      const x = t[s];
      if (x === stored) return true;
      if (x === EMPTY) return false;
    }
  }

  /** Adds the id whose text is UTF-8 bytes [start, end) of `b`; false when it was there already. */
  addText(b: Uint8Array, start: number, end: number): boolean {
    const before = this.texts.size;
    this.texts.slot(b, start, end);
    return this.texts.size > before;
  }

  hasText(b: Uint8Array, start: number, end: number): boolean {
    return this.texts.has(b, start, end);
  }

  /** Adds to `into` (a new set by default) the ids of `other` that are in this set too. */
  common(other: OrderIdSet, into = new OrderIdSet()): OrderIdSet {
    const t = other.numbers;
    for (let s = 0; s < t.length; s++) if (t[s] !== EMPTY && this.hasNumber(t[s] - 1)) into.addNumber(t[s] - 1);
    const { bytes, starts } = other.texts.keys();
    for (let i = 0; i < other.texts.size; i++) if (this.hasText(bytes, starts[i], starts[i + 1])) into.addText(bytes, starts[i], starts[i + 1]);
    return into;
  }

  private grow(): void {
    const old = this.numbers;
    const n = old.length * 2;
    const t = new Float64Array(n);
    const mask = n - 1;
    for (let k = 0; k < old.length; k++) {
      const v = old[k];
      if (v === EMPTY) continue;
      let s = hashNumber(v - 1) & mask;
      while (t[s] !== EMPTY) s = (s + 1) & mask;
      t[s] = v;
    }
    this.numbers = t;
    this.mask = mask;
  }
}

/** The transferable buffers of a set's parts. */
export function transferables(parts: OrderIdSetParts): ArrayBuffer[] {
  const t = parts.texts;
  return [parts.numbers.buffer, t.slots.buffer, t.pool.buffer, t.starts.buffer] as ArrayBuffer[];
}

/** A hash of a whole number below 2^53 from its two 32-bit halves (Murmur3's finaliser). */
function hashNumber(v: number): number {
  let h = (v >>> 0) ^ Math.imul(Math.floor(v / 4294967296), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
