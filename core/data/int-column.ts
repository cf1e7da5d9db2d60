/**
 * A column of numbers packed to the narrowest width that holds it exactly (storage format v1).
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

export type Bits = 0 | 1 | 2 | 4 | 8 | 16 | 24 | 32;
type Packed = Uint8Array | Uint16Array | Uint32Array;

export interface IntColumnOptions {
  /** Common divisors worth trying (e.g. 86400 for times that are whole days), most useful first. */
  scales?: readonly number[];
  /** Also try deltas between neighbours (pays off only for sorted columns). */
  delta?: boolean;
}

const MAX_U32 = 0xffffffff;
/** log2 of values per byte for the sub-byte widths. */
const LOG_PER_BYTE: Record<number, number> = { 1: 3, 2: 2, 4: 1 };

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
let scratch = new Float64Array(1 << 16);

function scratchOf(n: number): Float64Array {
  if (scratch.length < n) scratch = new Float64Array(n);
  return scratch.subarray(0, n);
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
 * differences when `delta`), a divisibility check per candidate scale, then packing straight into
 * the chosen width. Measured 2–3× faster than computing offsets, deltas and packing one by one.
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
  // Integer typed arrays hold nothing but integers; only doubles need checking.
  if (!isIntegerArray(values) && !allSafeIntegers(v)) return { kind: 'raw', data: v.slice() };
  const delta = options.delta === true && n > 1;
  let min = v[0];
  let max = v[0];
  let dlo = Infinity;
  let dhi = -Infinity;
  for (let i = 1; i < n; i++) {
    const x = v[i];
    if (x < min) min = x;
    else if (x > max) max = x;
    if (delta) {
      const d = x - v[i - 1];
      if (d < dlo) dlo = d;
      if (d > dhi) dhi = d;
    }
  }
  if (max - min > MAX_U32 * maxScale(options)) return { kind: 'raw', data: v.slice() };
  if (max === min) return { kind: 'plain', base: min, scale: 1, bits: 0 };
  const scale = commonScale(v, min, options.scales ?? []);
  const plainBits = bitsFor((max - min) / scale);
  if (plainBits === undefined) return { kind: 'raw', data: v.slice() };
  if (delta) {
    const bits = bitsFor((dhi - dlo) / scale);
    if (bits !== undefined && bits < plainBits) {
      const step = dlo / scale;
      return { kind: 'delta', base: v[0], scale, step, bits, data: bits ? packDeltas(v, n, scale, dlo, bits) : undefined };
    }
  }
  return { kind: 'plain', base: min, scale, bits: plainBits, data: packOffsets(v, n, min, scale, plainBits) };
}

function allSafeIntegers(v: Float64Array): boolean {
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!Number.isSafeInteger(x) || (x === 0 && 1 / x < 0)) return false;
  }
  return true;
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

/** (v[i] − min) / scale for every row, packed in `bits`. */
function packOffsets(v: Float64Array, n: number, min: number, scale: number, bits: Bits): Packed {
  switch (bits) {
    case 32: {
      const out = new Uint32Array(n);
      for (let i = 0; i < n; i++) out[i] = (v[i] - min) / scale;
      return out;
    }
    case 16: {
      const out = new Uint16Array(n);
      for (let i = 0; i < n; i++) out[i] = (v[i] - min) / scale;
      return out;
    }
    case 8: {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = (v[i] - min) / scale;
      return out;
    }
    case 24: {
      const out = new Uint8Array(n * 3);
      for (let i = 0, j = 0; i < n; i++, j += 3) {
        const x = (v[i] - min) / scale;
        out[j] = x & 0xff;
        out[j + 1] = (x >>> 8) & 0xff;
        out[j + 2] = x >>> 16;
      }
      return out;
    }
    default: {
      const log = LOG_PER_BYTE[bits];
      const slot = (1 << log) - 1;
      const out = new Uint8Array((n + slot) >> log);
      for (let i = 0; i < n; i++) out[i >> log] |= ((v[i] - min) / scale) << ((i & slot) * bits);
      return out;
    }
  }
}

/** (v[i] − v[i−1] − lo) / scale for rows 1…n−1, packed in `bits`. */
function packDeltas(v: Float64Array, n: number, scale: number, lo: number, bits: Bits): Packed {
  const m = n - 1;
  switch (bits) {
    case 32: {
      const out = new Uint32Array(m);
      for (let i = 0; i < m; i++) out[i] = (v[i + 1] - v[i] - lo) / scale;
      return out;
    }
    case 16: {
      const out = new Uint16Array(m);
      for (let i = 0; i < m; i++) out[i] = (v[i + 1] - v[i] - lo) / scale;
      return out;
    }
    case 8: {
      const out = new Uint8Array(m);
      for (let i = 0; i < m; i++) out[i] = (v[i + 1] - v[i] - lo) / scale;
      return out;
    }
    case 24: {
      const out = new Uint8Array(m * 3);
      for (let i = 0, j = 0; i < m; i++, j += 3) {
        const x = (v[i + 1] - v[i] - lo) / scale;
        out[j] = x & 0xff;
        out[j + 1] = (x >>> 8) & 0xff;
        out[j + 2] = x >>> 16;
      }
      return out;
    }
    default: {
      const log = LOG_PER_BYTE[bits];
      const slot = (1 << log) - 1;
      const out = new Uint8Array((m + slot) >> log);
      for (let i = 0; i < m; i++) out[i >> log] |= ((v[i + 1] - v[i] - lo) / scale) << ((i & slot) * bits);
      return out;
    }
  }
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
    checkLength(col.data!, col.bits, n);
    target.set(col.data!.subarray(0, n), offset);
    return;
  }
  const out = target instanceof Float64Array ? target.subarray(offset, offset + n) : scratchOf(n);
  if (col.kind === 'plain') {
    unpackInto(out, col.data!, col.bits, n, col.base, col.scale);
  } else if (n > 0) {
    // Deltas first (base 0, scale 1), then a running sum.
    if (col.bits === 0) out.fill(0, 1);
    else unpackInto(out.subarray(1), col.data!, col.bits, n - 1, 0, 1);
    let x = col.base;
    out[0] = x;
    const { step, scale } = col;
    for (let i = 1; i < n; i++) out[i] = x += scale * (step + out[i]);
  }
  if (!(target instanceof Float64Array)) target.set(out, offset);
}

export function decodeInts(col: IntColumn, n: number): number[] {
  const tmp = new Float64Array(n);
  decodeIntsInto(col, n, tmp);
  return Array.from(tmp);
}

function checkLength(data: Packed, bits: Bits, n: number): void {
  const need = bits >= 8 ? (bits === 24 ? n * 3 : n) : Math.ceil((n * bits) / 8);
  const have = bits === 16 || bits === 32 ? data.length : data.byteLength;
  if (have < need) throw new RangeError(`Stored column is shorter than ${n} values`);
}

/** out[i] = base + scale · u[i]; one loop per packed width keeps each loop monomorphic. */
function unpackInto(out: Float64Array, data: Packed, bits: Bits, n: number, base: number, scale: number): void {
  checkLength(data, bits, n);
  switch (bits) {
    case 32: {
      const d = data as Uint32Array;
      for (let i = 0; i < n; i++) out[i] = base + scale * d[i];
      return;
    }
    case 16: {
      const d = data as Uint16Array;
      for (let i = 0; i < n; i++) out[i] = base + scale * d[i];
      return;
    }
    case 8: {
      const d = data as Uint8Array;
      for (let i = 0; i < n; i++) out[i] = base + scale * d[i];
      return;
    }
    case 24: {
      const d = data as Uint8Array;
      for (let i = 0, j = 0; i < n; i++, j += 3) out[i] = base + scale * (d[j] | (d[j + 1] << 8) | (d[j + 2] << 16));
      return;
    }
    default: {
      const d = data as Uint8Array;
      const log = LOG_PER_BYTE[bits];
      const slot = (1 << log) - 1;
      const mask = (1 << bits) - 1;
      for (let i = 0; i < n; i++) out[i] = base + scale * ((d[i >> log] >>> ((i & slot) * bits)) & mask);
    }
  }
}
