import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 8 << 20;

/**
 * Streams bytes [start, end) of a file into `onChunk` in 8 MB pieces (memory stays flat for the 750 MB
 * L dataset). The pieces share one buffer: `onChunk` must copy what it keeps. Return false to stop.
 */
export function readRange(path: string, start: number, end: number, onChunk: (chunk: Uint8Array) => boolean | void): void {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(end - start, 1)));
    let pos = start;
    while (pos < end) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, end - pos), pos);
      if (n === 0) break;
      pos += n;
      if (onChunk(buf.subarray(0, n)) === false) break;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Byte offsets where line-aligned ranges of bytes [from, size) start: `from`, then just after the
 * first `\n` past each split. The first range is `headStart` bytes longer than the others (its
 * reader starts while the others' threads are still starting); the rest share the bytes evenly.
 */
export function lineAlignedSplits(path: string, size: number, parts: number, from: number, headStart = 0): number[] {
  const starts = [from];
  const rest = (size - from - headStart) / parts; // bytes of each range but the first
  if (parts < 2 || rest <= 0) return starts;
  const fd = openSync(path, 'r');
  try {
    const probe = Buffer.allocUnsafe(1 << 16);
    for (let k = 1; k < parts; k++) {
      let pos = Math.max(from + headStart + Math.floor(rest * k), starts[starts.length - 1]);
      for (;;) {
        const n = readSync(fd, probe, 0, probe.length, pos);
        if (n === 0) return starts;
        const nl = probe.subarray(0, n).indexOf(10);
        if (nl >= 0) {
          pos += nl + 1;
          break;
        }
        pos += n;
      }
      if (pos >= size) break;
      if (pos > starts[starts.length - 1]) starts.push(pos);
    }
  } finally {
    closeSync(fd);
  }
  return starts;
}
