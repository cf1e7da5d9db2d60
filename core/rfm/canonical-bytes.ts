import { CANONICAL_HEADER, csvField, decimalOfMinor } from './canonical-csv.ts';
import { sortByKeyBytes, type ByteKeys } from './sort-byte-keys.ts';
import type { RfmInput, RfmScores } from './types.ts';

const encoder = new TextEncoder();
const QUOTE = 0x22, COMMA = 0x2c, LF = 0x0a, CR = 0x0d, DOT = 0x2e, MINUS = 0x2d, ZERO = 0x30;

/**
 * The bytes of {@link formatCanonicalRfm}'s output for ids given as UTF-8 bytes (`keys`, customer i's
 * id is key i): the same rows in the same order, written straight into one buffer. For a million
 * customers this skips a million id strings, a comparison sort of them and the joining of the lines.
 */
export function formatCanonicalRfmBytes(keys: ByteKeys, input: RfmInput, scores: RfmScores): Uint8Array {
  const { bytes, starts } = keys;
  const segments = scores.settings.segmentMap.segments.map((s) => encoder.encode(csvField(s)));
  let scored = 0;
  for (let i = 0; i < input.count; i++) if (scores.segment[i] >= 0) scored++;
  const order = new Int32Array(scored);
  let keyBytes = 0;
  for (let i = 0, j = 0; i < input.count; i++) {
    if (scores.segment[i] < 0) continue;
    order[j++] = i;
    keyBytes += starts[i + 1] - starts[i];
  }
  sortByKeyBytes(keys, order);

  // Every column gathered into output order first, one loop each: for a million customers each read
  // is a cache miss, and misses in a loop of independent reads overlap, whereas reading a row's
  // nine values from nine arrays while writing it makes them wait on each other (~4x slower).
  const ids = new Uint8Array(keyBytes);
  const idEnd = new Int32Array(scored);
  for (let j = 0, w = 0; j < scored; j++) {
    const i = order[j];
    for (let k = starts[i], e = starts[i + 1]; k < e; k++) ids[w++] = bytes[k];
    idEnd[j] = w;
  }
  const recency = gather(input.recencyDays, order, new Int32Array(scored));
  const frequency = gather(input.frequency, order, new Int32Array(scored));
  const monetary = gather(input.monetary, order, new Float64Array(scored));
  // Each row ends in `,r,f,m,segment\n`: a few dozen distinct tails, written once, end to end in
  // `tailBytes`, and copied; `tail[j]` is row j's.
  const { r, f, m, segment } = scores;
  const nSegments = segments.length;
  const tailOfCode = new Map<number, number>();
  const tailParts: Uint8Array[] = [];
  const tail = new Int32Array(scored);
  for (let j = 0; j < scored; j++) {
    const i = order[j];
    const code = ((r[i] * 16 + f[i]) * 16 + m[i]) * nSegments + segment[i];
    let t = tailOfCode.get(code);
    if (t === undefined) {
      t = tailParts.length;
      tailOfCode.set(code, t);
      tailParts.push(concat(encoder.encode(`,${r[i]},${f[i]},${m[i]},`), segments[segment[i]], [LF]));
    }
    tail[j] = t;
  }
  const tailStarts = new Int32Array(tailParts.length + 1);
  tailParts.forEach((p, t) => (tailStarts[t + 1] = tailStarts[t] + p.length));
  const tailBytes = concat(...tailParts);
  const longestTail = tailParts.reduce((n, p) => Math.max(n, p.length), 0);

  // Numbers: two int32 (11 bytes each), monetary (at most 2^53 with a sign and a point: 19).
  const rowBound = 11 + 11 + 19 + 3 + longestTail;
  const header = encoder.encode(`${CANONICAL_HEADER}\n`);
  // Room for typical rows (short numbers); a row that might not fit grows the buffer.
  let out = new Uint8Array(header.length + keyBytes + scored * (16 + longestTail) + rowBound);
  out.set(header);
  let o = header.length;
  for (let j = 0, ks = 0; j < scored; j++) {
    const ke = idEnd[j];
    if (o + 2 * (ke - ks) + 2 + rowBound > out.length) {
      const grown = new Uint8Array(Math.max(Math.ceil(out.length * 1.5), o + 2 * (ke - ks) + 2 + rowBound));
      grown.set(out.subarray(0, o));
      out = grown;
    }
    o = writeKey(out, o, ids, ks, ke);
    ks = ke;
    out[o++] = COMMA;
    o = writeInteger(out, o, recency[j]);
    out[o++] = COMMA;
    o = writeInteger(out, o, frequency[j]);
    out[o++] = COMMA;
    o = writeMinor(out, o, monetary[j]);
    for (let k = tailStarts[tail[j]], e = tailStarts[tail[j] + 1]; k < e; k++) out[o++] = tailBytes[k];
  }
  return out.subarray(0, o);
}

function concat(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) for (let k = 0; k < p.length; k++) out[o++] = p[k];
  return out;
}

function gather<T extends Int32Array | Float64Array | Uint8Array | Int16Array>(from: T, order: Int32Array, to: T): T {
  for (let j = 0; j < order.length; j++) to[j] = from[order[j]];
  return to;
}

/** The id as csvField writes it: quoted, with `"` doubled, when it holds `,` `"` CR or LF. */
function writeKey(out: Uint8Array, o: number, b: Uint8Array, s: number, e: number): number {
  let w = o;
  for (let k = s; k < e; k++) {
    const c = b[k];
    if (c <= COMMA && (c === QUOTE || c === COMMA || c === LF || c === CR)) return writeQuotedKey(out, o, b, s, e);
    out[w++] = c;
  }
  return w;
}

function writeQuotedKey(out: Uint8Array, o: number, b: Uint8Array, s: number, e: number): number {
  out[o++] = QUOTE;
  for (let k = s; k < e; k++) {
    const c = b[k];
    out[o++] = c;
    if (c === QUOTE) out[o++] = QUOTE;
  }
  out[o++] = QUOTE;
  return o;
}

/** Decimal digits of a whole number (as `${v}` prints it), v within ±2^53. */
function writeInteger(out: Uint8Array, o: number, v: number): number {
  if (v < 0) {
    out[o++] = MINUS;
    v = -v;
  }
  if (v < 10) {
    out[o] = ZERO + v;
    return o + 1;
  }
  if (v <= 0x7fffffff) return writeInt31(out, o, v);
  let digits = 1;
  for (let p = 10; p <= v; p *= 10) digits++;
  for (let k = o + digits - 1; k >= o; k--) {
    const d = v % 10;
    out[k] = ZERO + d;
    v = (v - d) / 10;
  }
  return o + digits;
}

/** writeInteger for 0 <= v < 2^31, in int32 arithmetic. */
function writeInt31(out: Uint8Array, o: number, v: number): number {
  const digits = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5 : v < 1000000 ? 6 : v < 10000000 ? 7 : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
  for (let k = o + digits - 1; k >= o; k--) {
    const q = (v / 10) | 0;
    out[k] = ZERO + v - q * 10;
    v = q;
  }
  return o + digits;
}

/** decimalOfMinor's `1234.50` from 123450. */
function writeMinor(out: Uint8Array, o: number, minor: number): number {
  let units: number, cents: number;
  if (minor >= 0 && minor <= 0x7fffffff && (minor | 0) === minor) {
    // Int32 arithmetic for the usual sums (below 21 474 836.47).
    const v = minor | 0;
    units = (v / 100) | 0;
    cents = v - units * 100;
    o = writeInt31(out, o, units);
  } else {
    if (!Number.isSafeInteger(minor)) decimalOfMinor(minor); // throws its RangeError
    if (minor < 0) out[o++] = MINUS;
    const abs = Math.abs(minor);
    cents = abs % 100;
    o = writeInteger(out, o, (abs - cents) / 100);
  }
  const tens = (cents / 10) | 0;
  out[o++] = DOT;
  out[o++] = ZERO + tens;
  out[o++] = ZERO + cents - tens * 10;
  return o;
}
