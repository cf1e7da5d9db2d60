import { pack, packed, unitsInto, type Bits, type Packed } from './bit-packing.ts';

/**
 * A column of numbers packed to the narrowest width that holds it exactly (unchanged since format 1).
 * IndexedDB cost is per record and per byte, so every numeric column of a chunk is stored as
 * offsets from its minimum (optionally divided by a common scale, or as deltas when the column is
 * sorted), in 0/1/2/4/8/16/24/32 bits. Anything that is not a safe integer falls back to Float64.
 */
export type IntColumn =
  /** v[i] = base + scale · u[i]; `bits` 0 means every value equals `base` (no data). */
  | { kind: 'plain'; base: number; scale: number; bits: Bits; data?: Packed }
  /** v[0] = base, v[i] = v[i-1] + scale · (step + u[i-1]); for sorted columns (times, ids). */
  | { kind: 'delta'; base: number; scale: number; step: number; bits: Bits; data?: Packed }
  | { kind: 'raw'; data: Float64Array };

export type { Bits } from './bit-packing.ts';

export interface IntColumnOptions {
  /** Common divisors worth trying (e.g. 86400 for times that are whole days), most useful first. */
  scales?: readonly number[];
  /** Also try deltas between neighbours (pays off only for sorted columns). */
  delta?: boolean;
  /**
   * Prefer 8, 16 or 32 bits from 0 (when the values are non-negative and fit): decoding is then one
   * native TypedArray.set into the integer array the values go to, no loop. For small codes of a
   * million rows the bytes this costs are worth less than the loops it saves.
   */
  native?: boolean;
}

const MAX_U32 = 0xffffffff;

export function bitsFor(range: number): Bits | undefined {
  if (range === 0) return 0;
  if (range <= 1) return 1;
  if (range <= 3) return 2;
  if (range <= 15) return 4;
  if (range <= 0xff) return 8;
  if (range <= 0xffff) return 16;
  if (range <= 0xffffff) return 24;
  if (range <= MAX_U32) return 32;
  return undefined;
}

// Loops run over Float64Array copies only: reading and writing every typed-array kind through one
// loop makes V8's element access megamorphic, several times slower on million-row columns.
let valuesScratch = new Float64Array(1 << 16);
let unitsScratch = new Float64Array(1 << 16);

function scratchOf(n: number): Float64Array {
  if (valuesScratch.length < n) valuesScratch = new Float64Array(n);
  return valuesScratch.subarray(0, n);
}

function unitsOf(n: number): Float64Array {
  if (unitsScratch.length < n) unitsScratch = new Float64Array(n);
  return unitsScratch.subarray(0, n);
}

/** `values[start..end)` as a Float64Array (a view when it already is one). */
function asFloat64(values: ArrayLike<number>, start: number, end: number): Float64Array {
  if (values instanceof Float64Array) return values.subarray(start, end);
  const out = scratchOf(end - start);
  if (ArrayBuffer.isView(values)) out.set((values as unknown as Uint32Array).subarray(start, end));
  else for (let i = start; i < end; i++) out[i - start] = values[i];
  return out;
}

/**
 * Encodes `values[start..end)` in at most three passes over a Float64 copy: range (and neighbour
 * differences when `delta`), a divisibility check per candidate scale, then units (offsets or
 * deltas over the scale) packed to the chosen width.
 */
export function encodeInts(
  values: ArrayLike<number>,
  start = 0,
  end = values.length,
  options: IntColumnOptions = {},
): IntColumn {
  const n = end - start;
  if (n === 0) return { kind: 'plain', base: 0, scale: 1, bits: 0 };
  const v = asFloat64(values, start, end);
  const delta = options.delta === true && n > 1;
  // Integer typed arrays hold nothing but integers; only doubles need checking.
  const r = isIntegerArray(values) ? (delta ? rangeWithDeltas(v) : range(v)) : safeIntegerRange(v, delta);
  if (!r) return { kind: 'raw', data: v.slice() };
  if (r.max - r.min > MAX_U32 * maxScale(options)) return { kind: 'raw', data: v.slice() };
  if (r.max === r.min) return { kind: 'plain', base: r.min, scale: 1, bits: 0 };
  if (options.native && r.min >= 0 && r.max <= MAX_U32) {
    const bits = r.max <= 0xff ? 8 : r.max <= 0xffff ? 16 : 32;
    // From an integer array straight to the width (an integer copy), else from the doubles.
    const from = isIntegerArray(values) ? (values as Uint32Array).subarray(start, end) : v;
    const data = bits === 8 ? new Uint8Array(from) : bits === 16 ? new Uint16Array(from) : new Uint32Array(from);
    return { kind: 'plain', base: 0, scale: 1, bits, data };
  }
  const scale = commonScale(v, r.min, options.scales ?? []);
  const plainBits = bitsFor((r.max - r.min) / scale);
  if (plainBits === undefined) return { kind: 'raw', data: v.slice() };
  if (delta) {
    const bits = bitsFor((r.dhi - r.dlo) / scale);
    if (bits !== undefined && bits < plainBits) {
      const data = bits ? pack(deltaUnits(v, r.dlo, scale), bits) : undefined;
      return { kind: 'delta', base: v[0], scale, step: r.dlo / scale, bits, data };
    }
  }
  // Offsets from 0 when that costs no width: they decode with one TypedArray.set.
  const base = r.min >= 0 && bitsFor(r.max / scale) === plainBits && r.max % scale === 0 ? 0 : r.min;
  return { kind: 'plain', base, scale, bits: plainBits, data: pack(offsetUnits(v, base, scale), plainBits) };
}

/** The range of doubles that are all safe integers (no −0), in the same pass; else undefined. */
function safeIntegerRange(v: Float64Array, delta: boolean): Range | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!Number.isSafeInteger(x) || (x === 0 && 1 / x < 0)) return undefined;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return delta ? { ...deltaRange(v), min, max } : { min, max, dlo: 0, dhi: 0 };
}

function deltaRange(v: Float64Array): Range {
  let dlo = Infinity;
  let dhi = -Infinity;
  for (let i = 1; i < v.length; i++) {
    const d = v[i] - v[i - 1];
    if (d < dlo) dlo = d;
    if (d > dhi) dhi = d;
  }
  return { min: 0, max: 0, dlo, dhi };
}

interface Range {
  min: number;
  max: number;
  /** Smallest and largest v[i] − v[i−1] (only with deltas). */
  dlo: number;
  dhi: number;
}

function range(v: Float64Array): Range {
  let min = v[0];
  let max = v[0];
  for (let i = 1; i < v.length; i++) {
    const x = v[i];
    if (x < min) min = x;
    else if (x > max) max = x;
  }
  return { min, max, dlo: 0, dhi: 0 };
}

function rangeWithDeltas(v: Float64Array): Range {
  let min = v[0];
  let max = v[0];
  let dlo = Infinity;
  let dhi = -Infinity;
  for (let i = 1; i < v.length; i++) {
    const x = v[i];
    if (x < min) min = x;
    else if (x > max) max = x;
    const d = x - v[i - 1];
    if (d < dlo) dlo = d;
    if (d > dhi) dhi = d;
  }
  return { min, max, dlo, dhi };
}

function isIntegerArray(values: ArrayLike<number>): boolean {
  return (
    values instanceof Int32Array || values instanceof Uint32Array || values instanceof Uint16Array || values instanceof Int16Array ||
    values instanceof Uint8Array || values instanceof Int8Array || values instanceof Uint8ClampedArray
  );
}

function maxScale(options: IntColumnOptions): number {
  return Math.max(1, ...(options.scales ?? []));
}

/**
 * The first candidate that divides every offset from the minimum, else 1. A double quotient tells
 * exactly: offsets stay below 2^32 × the largest scale (< 2^53), so a remainder of at least one is
 * never rounded away.
 */
function commonScale(v: Float64Array, min: number, scales: readonly number[]): number {
  outer: for (const s of scales) {
    for (let i = 0; i < v.length; i++) {
      const q = (v[i] - min) / s;
      if (q !== Math.floor(q)) continue outer;
    }
    return s;
  }
  return 1;
}

/** (v[i] − base) / scale. */
function offsetUnits(v: Float64Array, base: number, scale: number): Float64Array {
  if (base === 0 && scale === 1) return v;
  const u = unitsOf(v.length);
  for (let i = 0; i < v.length; i++) u[i] = (v[i] - base) / scale;
  return u;
}

/** (v[i+1] − v[i] − lo) / scale, one fewer than v. */
function deltaUnits(v: Float64Array, lo: number, scale: number): Float64Array {
  const u = unitsOf(v.length - 1);
  for (let i = 0; i < u.length; i++) u[i] = (v[i + 1] - v[i] - lo) / scale;
  return u;
}

type NumericArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float64Array;

/** Writes the `n` values of `col` into `target[offset..offset+n)`. */
export function decodeIntsInto(col: IntColumn, n: number, target: NumericArray | number[], offset = 0): void {
  if (Array.isArray(target)) {
    const tmp = new Float64Array(n);
    decodeIntsInto(col, n, tmp);
    for (let i = 0; i < n; i++) target[offset + i] = tmp[i];
    return;
  }
  if (col.kind === 'raw') {
    if (col.data.length !== n) throw new RangeError(`Stored column has ${col.data.length} values, expected ${n}`);
    target.set(col.data, offset);
    return;
  }
  if (col.bits === 0 && col.kind === 'plain') {
    target.fill(col.base, offset, offset + n);
    return;
  }
  if (col.kind === 'plain' && col.base === 0 && col.scale === 1 && (col.bits === 8 || col.bits === 16 || col.bits === 32)) {
    target.set(packed(col.data, col.bits, n).subarray(0, n), offset);
    return;
  }
  const out = target instanceof Float64Array ? target.subarray(offset, offset + n) : scratchOf(n);
  if (col.kind === 'plain') {
    unitsInto(out, col.data, col.bits, n);
    if (col.base !== 0 || col.scale !== 1) affine(out, col.base, col.scale);
  } else if (n > 0) {
    if (col.bits === 0) out.fill(0, 1);
    else unitsInto(out.subarray(1), col.data, col.bits, n - 1);
    runningSum(out, col.base, col.scale, col.step);
  }
  if (!(target instanceof Float64Array)) target.set(out, offset);
}

export function decodeInts(col: IntColumn, n: number): number[] {
  const tmp = new Float64Array(n);
  decodeIntsInto(col, n, tmp);
  return Array.from(tmp);
}

/** out[i] = base + scale · out[i]. */
function affine(out: Float64Array, base: number, scale: number): void {
  for (let i = 0; i < out.length; i++) out[i] = base + scale * out[i];
}

/** out[0] = base, out[i] = out[i−1] + scale · (step + out[i]) (deltas in, values out). */
function runningSum(out: Float64Array, base: number, scale: number, step: number): void {
  let x = base;
  out[0] = x;
  for (let i = 1; i < out.length; i++) out[i] = x += scale * (step + out[i]);
}
