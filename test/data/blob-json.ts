/** Database dumps with Blobs (storage format 2) as JSON-able fixtures, and back. */
export type Tables = Record<string, unknown[]>;

/** Blobs as `{ $blob: bytes }`, so that a fixture can be JSON. */
export async function withBlobBytes(tables: Tables): Promise<Tables> {
  const out: Tables = {};
  for (const [name, records] of Object.entries(tables)) {
    out[name] = await Promise.all(records.map(async (r) => {
      const data = (r as { data?: unknown }).data;
      return data instanceof Blob ? { ...(r as object), data: { $blob: new Uint8Array(await data.arrayBuffer()) } } : r;
    }));
  }
  return out;
}

export function withBlobs(tables: Tables): Tables {
  const out: Tables = {};
  for (const [name, records] of Object.entries(tables)) {
    out[name] = records.map((r) => {
      const data = (r as { data?: { $blob?: Uint8Array } }).data;
      return data?.$blob ? { ...(r as object), data: new Blob([data.$blob as Uint8Array<ArrayBuffer>]) } : r;
    });
  }
  return out;
}
