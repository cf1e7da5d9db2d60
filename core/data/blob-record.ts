/**
 * A chunk record as stored from storage format 2: its typed arrays moved into one Blob, the rest
 * (kinds, bases, widths, short strings) kept as a small plain `body` that points into it.
 *
 * Why: Chromium compresses every IndexedDB value over 64 KiB with Snappy on the calling thread and
 * decompresses it there on every read; a Blob inside a value is stored as a file as it is. Measured
 * in Chromium on 16 MB of incompressible bytes in 16 records: write 56–91 ms as typed arrays,
 * 45–61 ms as Blobs (their creation included); read 44–88 ms as typed arrays, 11–33 ms as Blobs
 * (`arrayBuffer()` included). The packed columns are close to incompressible anyway.
 */

/** What a typed array becomes inside `body`: its kind and where its bytes are in `data`. */
interface ViewRef {
  $view: ViewName;
  at: number;
  length: number;
}

const VIEWS = {
  Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array, Float64Array,
} as const;
type ViewName = keyof typeof VIEWS;
type View = InstanceType<(typeof VIEWS)[ViewName]>;

export interface BlobRecord {
  chunk: number;
  /** The record with every typed array replaced by a ViewRef. */
  body: unknown;
  data: Blob;
}

/** Moves the typed arrays of `record` into one Blob, each at an offset aligned to its element size. */
export function toBlobRecord<T extends { chunk: number }>(record: T): BlobRecord {
  const parts: BlobPart[] = [];
  let size = 0;
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (ArrayBuffer.isView(v)) {
      const name = v.constructor.name as ViewName;
      if (!(name in VIEWS)) throw new TypeError(`Cannot store a ${name} in a chunk`);
      const align = (v as View).BYTES_PER_ELEMENT;
      const pad = (align - (size % align)) % align;
      if (pad) parts.push(new Uint8Array(pad));
      size += pad;
      const ref: ViewRef = { $view: name, at: size, length: (v as View).length };
      parts.push(v as View);
      size += v.byteLength;
      return ref;
    }
    if (Array.isArray(v)) return v.map(walk);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = walk(x);
    return out;
  };
  const body = walk(record);
  return { chunk: record.chunk, body, data: new Blob(parts) };
}

/** Reads the Blobs of `records` (all at once) and gives back the records as they were, in order. */
export async function fromBlobRecords<T>(records: readonly BlobRecord[]): Promise<T[]> {
  const buffers = await Promise.all(records.map((r) => r.data.arrayBuffer()));
  return records.map((r, i) => fromBody(r.body, buffers[i]) as T);
}

/** Typed arrays come back as views into `buffer` (no copy). */
function fromBody(body: unknown, buffer: ArrayBuffer): unknown {
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(walk);
    if ('$view' in v) {
      const { $view, at, length } = v as ViewRef;
      const View = Object.hasOwn(VIEWS, $view) ? VIEWS[$view] : undefined;
      if (!View || !Number.isSafeInteger(at) || !Number.isSafeInteger(length) || at % View.BYTES_PER_ELEMENT || at + length * View.BYTES_PER_ELEMENT > buffer.byteLength) {
        throw new RangeError(`A stored chunk points outside its data (${String($view)} at ${at})`);
      }
      return new View(buffer, at, length);
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = walk(x);
    return out;
  };
  return walk(body);
}

/** A chunk as a table holds it: as its codec built it (storage format 1) or as a BlobRecord (format 2 on). */
export type StoredChunk<T> = T | BlobRecord;

function isBlobRecord(r: unknown): r is BlobRecord {
  return typeof r === 'object' && r !== null && (r as Partial<BlobRecord>).data instanceof Blob;
}

/** The chunks as their codec built them, whichever way they were stored. */
export async function unpackChunks<T>(stored: readonly StoredChunk<T>[]): Promise<T[]> {
  const packed = stored.filter(isBlobRecord);
  if (packed.length === 0) return stored as T[];
  const unpacked = await fromBlobRecords<T>(packed);
  let k = 0;
  return stored.map((r) => (isBlobRecord(r) ? unpacked[k++] : r));
}
