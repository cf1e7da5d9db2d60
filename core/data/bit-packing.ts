/**
 * Unsigned integers (held in a Float64Array) packed to 1, 2, 4, 8, 16, 24 or 32 bits and back.
 * Every width has its own small function: one function with a loop per width was recompiled
 * (on-stack replacement) each time a chunk brought a width it had not seen yet (22 times in one
 * cold load). 8, 16 and 32 bits convert to and from Float64 natively, with TypedArray.set.
 */
export type Bits = 0 | 1 | 2 | 4 | 8 | 16 | 24 | 32;
export type Packed = Uint8Array | Uint16Array | Uint32Array;

export function pack(u: Float64Array, bits: Bits): Packed {
  switch (bits) {
    case 32: return new Uint32Array(u);
    case 16: return new Uint16Array(u);
    case 8: return new Uint8Array(u);
    case 24: return pack24(u);
    case 4: return pack4(u);
    case 2: return pack2(u);
    default: return pack1(u);
  }
}

function pack24(u: Float64Array): Uint8Array {
  const out = new Uint8Array(u.length * 3);
  for (let i = 0, j = 0; i < u.length; i++, j += 3) {
    const x = u[i];
    out[j] = x & 0xff;
    out[j + 1] = (x >>> 8) & 0xff;
    out[j + 2] = x >>> 16;
  }
  return out;
}

function pack4(u: Float64Array): Uint8Array {
  const out = new Uint8Array((u.length + 1) >> 1);
  for (let i = 0; i < u.length; i++) out[i >> 1] |= u[i] << ((i & 1) * 4);
  return out;
}

function pack2(u: Float64Array): Uint8Array {
  const out = new Uint8Array((u.length + 3) >> 2);
  for (let i = 0; i < u.length; i++) out[i >> 2] |= u[i] << ((i & 3) * 2);
  return out;
}

function pack1(u: Float64Array): Uint8Array {
  const out = new Uint8Array((u.length + 7) >> 3);
  for (let i = 0; i < u.length; i++) out[i >> 3] |= u[i] << (i & 7);
  return out;
}

const PACKED_TYPE = { 32: Uint32Array, 16: Uint16Array } as const;

/** The stored data, checked to be of its width's array type and to hold at least `n` values. */
export function packed(data: Packed | undefined, bits: Bits, n: number): Packed {
  const type = bits === 32 || bits === 16 ? PACKED_TYPE[bits] : Uint8Array;
  if (!(data instanceof type)) throw new RangeError(`Stored ${bits}-bit column holds no ${type.name}`);
  const need = bits >= 8 ? (bits === 24 ? n * 3 : n) : Math.ceil((n * bits) / 8);
  if (data.length < need) throw new RangeError(`Stored column is shorter than ${n} values`);
  return data;
}

/** out[i] = u[i] as packed. */
export function unitsInto(out: Float64Array, data: Packed | undefined, bits: Bits, n: number): void {
  const d = packed(data, bits, n);
  switch (bits) {
    case 32:
    case 16:
    case 8:
      out.set(d.subarray(0, n));
      return;
    case 24:
      return unpack24(out, d as Uint8Array, n);
    case 4:
      return unpack4(out, d as Uint8Array, n);
    case 2:
      return unpack2(out, d as Uint8Array, n);
    default:
      return unpack1(out, d as Uint8Array, n);
  }
}

function unpack24(out: Float64Array, d: Uint8Array, n: number): void {
  for (let i = 0, j = 0; i < n; i++, j += 3) out[i] = d[j] | (d[j + 1] << 8) | (d[j + 2] << 16);
}

function unpack4(out: Float64Array, d: Uint8Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = (d[i >> 1] >>> ((i & 1) * 4)) & 15;
}

function unpack2(out: Float64Array, d: Uint8Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = (d[i >> 2] >>> ((i & 3) * 2)) & 3;
}

function unpack1(out: Float64Array, d: Uint8Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = (d[i >> 3] >>> (i & 7)) & 1;
}
