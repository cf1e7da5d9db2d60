import { LineChecksum } from './line-checksum.ts';
import { SyncFileError } from './sync-error.ts';

/**
 * The JSON values of a sync file's lines, trailer excluded, checked against the trailer's checksum.
 * Yields each line as it is read; the caller must not act on them before the generator returns
 * (only then is the checksum known to match).
 */
export async function* readLines(file: ReadableStream<Uint8Array>): AsyncGenerator<unknown, void> {
  const reader = file.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const checksum = new LineChecksum();
  let pending: Uint8Array[] = [];
  let trailer: unknown;
  let lineNo = 0;
  const parse = async (bytes: Uint8Array<ArrayBuffer>): Promise<unknown> => {
    lineNo++;
    if (trailer !== undefined) throw new SyncFileError('damaged', `The file is damaged: line ${lineNo} follows the end marker.`);
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(bytes));
    } catch (cause) {
      throw new SyncFileError(lineNo === 1 ? 'not-sync' : 'damaged',
        lineNo === 1 ? 'This is not a Segmenta sync file (its first line is not JSON).' : `The file is damaged: line ${lineNo} is not valid JSON.`, { cause });
    }
    if (isTrailer(value)) {
      trailer = value;
      return undefined;
    }
    await checksum.add(bytes);
    return value;
  };
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (cause) {
        const truncated = /end|truncat|incomplete/i.test(String((cause as Error)?.message ?? cause));
        throw new SyncFileError(truncated ? 'truncated' : 'damaged', truncated
          ? `The file is truncated (it ends in the middle of its compressed data, after ${lineNo} lines).`
          : `The file is damaged or is not a Segmenta sync file: it does not decompress (${(cause as Error)?.message ?? cause}).`, { cause });
      }
      if (chunk.done) break;
      let bytes = chunk.value;
      for (let nl = bytes.indexOf(10); nl >= 0; nl = bytes.indexOf(10)) {
        const line = joinParts(pending, bytes.subarray(0, nl));
        pending = [];
        bytes = bytes.subarray(nl + 1);
        const value = await parse(line);
        if (value !== undefined) yield value;
      }
      if (bytes.length) pending.push(bytes.slice());
    }
    if (pending.length) {
      const value = await parse(joinParts(pending, new Uint8Array(0)));
      if (value !== undefined) yield value;
    }
  } finally {
    reader.releaseLock();
  }
  if (lineNo === 0) throw new SyncFileError('not-sync', 'The file is empty.');
  if (trailer === undefined) throw new SyncFileError('truncated', `The file is truncated: it ends after ${lineNo} lines, before its checksum.`);
  const t = trailer as { lines: unknown; sha256: unknown };
  if (t.lines !== checksum.lines) throw new SyncFileError('damaged', `The file is damaged: it should have ${String(t.lines)} lines before its checksum, it has ${checksum.lines}.`);
  if (t.sha256 !== (await checksum.hex())) throw new SyncFileError('damaged', 'The file is damaged: its content does not match its SHA-256 checksum.');
}

function isTrailer(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { k?: unknown }).k === 'end' && 'sha256' in value;
}

function joinParts(parts: Uint8Array[], last: Uint8Array): Uint8Array<ArrayBuffer> {
  if (parts.length === 0) return last.slice();
  let n = last.length;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  out.set(last, o);
  return out;
}
