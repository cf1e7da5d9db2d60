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

const isPlainInteger = (v: number): boolean => Number.isSafeInteger(v) && !Object.is(v, -0);

/** Encodes `values[start..end)`. */
export function encodeInts(
  values: ArrayLike<number>,
  start = 0,
  end = values.length,
  options: IntColumnOptions = {},
): IntColumn {
  const n = end - start;
  if (n === 0) return { kind: 'plain', base: 0, scale: 1, bits: 0 };
  let min = Infinity;
  let max = -Infinity;
  for (let i = start; i < end; i++) {
    const v = values[i];
    if (!isPlainInteger(v)) return raw(values, start, end);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (max - min > MAX_U32 * maxScale(options)) return raw(values, start, end);
  const scale = commonScale(values, start, end, min, options.scales ?? []);
  const range = (max - min) / scale;
  const plainBits = bitsFor(range);
  if (plainBits === undefined) return raw(values, start, end);
  if (plainBits === 0) return { kind: 'plain', base: min, scale: 1, bits: 0 };
  const u = new Uint32Array(n);
  for (let i = 0; i < n; i++) u[i] = (values[start + i] - min) / scale;
  if (options.delta && n > 1) {
    const d = deltaOf(u, plainBits);
    if (d) return { kind: 'delta', base: values[start], scale, step: d.step, bits: d.bits, data: d.bits ? pack(d.u, d.bits) : undefined };
  }
  return { kind: 'plain', base: min, scale, bits: plainBits, data: pack(u, plainBits) };
}

function maxScale(options: IntColumnOptions): number {
  return Math.max(1, ...(options.scales ?? []));
}

function raw(values: ArrayLike<number>, start: number, end: number): IntColumn {
  const data = new Float64Array(end - start);
  for (let i = 0; i < data.length; i++) data[i] = values[start + i];
  return { kind: 'raw', data };
}

function commonScale(values: ArrayLike<number>, start: number, end: number, min: number, scales: readonly number[]): number {
  outer: for (const s of scales) {
    for (let i = start; i < end; i++) if ((values[i] - min) % s !== 0) continue outer;
    return s;
  }
  return 1;
}

/** Deltas when they pack narrower than the plain offsets. */
function deltaOf(u: Uint32Array, plainBits: Bits): { step: number; bits: Bits; u: Uint32Array } | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 1; i < u.length; i++) {
    const d = u[i] - u[i - 1];
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  const bits = bitsFor(hi - lo);
  if (bits === undefined || bits >= plainBits) return undefined;
  const out = new Uint32Array(u.length - 1);
  for (let i = 1; i < u.length; i++) out[i - 1] = u[i] - u[i - 1] - lo;
  return { step: lo, bits, u: out };
}

function pack(u: Uint32Array, bits: Bits): Packed {
  switch (bits) {
    case 32: return u;
    case 16: return new Uint16Array(u);
    case 8: return new Uint8Array(u);
    case 24: {
      const out = new Uint8Array(u.length * 3);
      for (let i = 0, j = 0; i < u.length; i++, j += 3) {
        const v = u[i];
        out[j] = v & 0xff;
        out[j + 1] = (v >>> 8) & 0xff;
        out[j + 2] = v >>> 16;
      }
      return out;
    }
    default: {
      const perByte = 8 / bits;
      const out = new Uint8Array(Math.ceil(u.length / perByte));
      for (let i = 0; i < u.length; i++) out[(i / perByte) | 0] |= u[i] << ((i % perByte) * bits);
      return out;
    }
  }
}

/** Writes the `n` values of `col` into `target[offset..offset+n)`. */
export function decodeIntsInto(col: IntColumn, n: number, target: { [i: number]: number }, offset = 0): void {
  if (col.kind === 'raw') {
    if (col.data.length !== n) throw new RangeError(`Stored column has ${col.data.length} values, expected ${n}`);
    for (let i = 0; i < n; i++) target[offset + i] = col.data[i];
    return;
  }
  const { base, scale, bits } = col;
  if (col.kind === 'plain') {
    if (bits === 0) {
      for (let i = 0; i < n; i++) target[offset + i] = base;
      return;
    }
    const u = unpack(col.data!, bits, n);
    for (let i = 0; i < n; i++) target[offset + i] = base + scale * u[i];
    return;
  }
  if (n === 0) return;
  const u = bits === 0 ? undefined : unpack(col.data!, bits, n - 1);
  let v = base;
  target[offset] = v;
  for (let i = 1; i < n; i++) {
    v += scale * (col.step + (u ? u[i - 1] : 0));
    target[offset + i] = v;
  }
}

export function decodeInts(col: IntColumn, n: number): number[] {
  const out = new Array<number>(n);
  decodeIntsInto(col, n, out);
  return out;
}

function unpack(data: Packed, bits: Bits, n: number): ArrayLike<number> {
  if (bits === 8 || bits === 16 || bits === 32) {
    if (data.length < n) throw new RangeError(`Stored column is shorter than ${n} values`);
    return data;
  }
  const bytes = data as Uint8Array;
  const out = new Uint32Array(n);
  if (bits === 24) {
    if (bytes.length < n * 3) throw new RangeError(`Stored column is shorter than ${n} values`);
    for (let i = 0, j = 0; i < n; i++, j += 3) out[i] = bytes[j] | (bytes[j + 1] << 8) | (bytes[j + 2] << 16);
    return out;
  }
  const perByte = 8 / bits;
  const mask = (1 << bits) - 1;
  if (bytes.length < Math.ceil(n / perByte)) throw new RangeError(`Stored column is shorter than ${n} values`);
  for (let i = 0; i < n; i++) out[i] = (bytes[(i / perByte) | 0] >>> ((i % perByte) * bits)) & mask;
  return out;
}
