/**
 * An id written as a canonical whole number (`10000000`, not `007`, `+7` or `1e3`) of at most 15
 * digits, as a number; NaN otherwise. `String(result)` gives back exactly the bytes written, so
 * numeric order ids can be kept in a Float64Array and compared as numbers instead of as 1M strings.
 */
export function parseNumericIdAt(b: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n < 1 || n > 15 || (b[start] === 0x30 && n > 1)) return NaN;
  let v = 0;
  for (let k = start; k < end; k++) {
    const d = b[k] - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return v;
}

export function parseNumericId(s: string): number {
  return /^(0|[1-9]\d{0,14})$/.test(s) ? Number(s) : NaN;
}
