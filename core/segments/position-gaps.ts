/**
 * Ascending positions stored as LEB128 varints of their gaps (the first position, then each minus the one
 * before minus 1): about 1 byte a position when a few percent of 100k customers move, instead of 4.
 */
export function encodePositions(positions: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(positions.length * 5);
  let n = 0, prev = -1;
  for (let k = 0; k < positions.length; k++) {
    let gap = positions[k] - prev - 1;
    if (gap < 0) throw new Error('positions must be strictly ascending');
    prev = positions[k];
    while (gap >= 0x80) { out[n++] = (gap & 0x7f) | 0x80; gap >>>= 7; }
    out[n++] = gap;
  }
  return out.slice(0, n);
}

/** The `count` positions coded by `encodePositions`. */
export function decodePositions(bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let at = 0, prev = -1;
  for (let k = 0; k < count; k++) {
    let gap = 0, shift = 0, b: number;
    do { b = bytes[at++]; gap += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    out[k] = prev = prev + 1 + gap;
  }
  return out;
}

/** Index k such that the k-th coded position is `position`, or -1; stops as soon as it is passed. */
export function indexOfPosition(bytes: Uint8Array, count: number, position: number): number {
  let at = 0, prev = -1;
  for (let k = 0; k < count; k++) {
    let gap = 0, shift = 0, b: number;
    do { b = bytes[at++]; gap += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    prev = prev + 1 + gap;
    if (prev >= position) return prev === position ? k : -1;
  }
  return -1;
}
