import type { Dataset } from '../model/dataset.ts';
import type { ImportRecord } from '../model/import-record.ts';
import { CUSTOMER_CHUNK_ROWS, encodeCustomers } from './codec-customers.ts';
import { encodeImport, type StoredImport } from './codec-imports.ts';
import { encodeOrders, ORDER_CHUNK_ROWS } from './codec-orders.ts';
import { encodeScores, SCORE_CHUNK_ROWS } from './codec-scores.ts';
import { toBlobRecord } from './blob-record.ts';
import type { SegmentaDb } from './db.ts';
import { encodedSize } from './encoded-size.ts';
import { isQuotaError, StorageFullError } from './errors.ts';
import type { DatasetMetaRecord, ScoresMetaRecord } from './records.ts';
import { STORAGE_FORMAT } from './schema.ts';
import type { SegmentState } from './segment-state.ts';

export interface ChunkSizes {
  orders: number;
  customers: number;
  scores: number;
}

/** What a sync merge also replaces in the same transaction as the dataset. */
export interface AlsoSaved {
  segmentState?: SegmentState;
  syncExtras?: unknown;
}

async function replaceSegmentState(db: SegmentaDb, state: SegmentState): Promise<void> {
  await Promise.all([db.segments.clear(), db.schemes.clear(), db.snapshots.clear()]);
  await Promise.all([db.segments.bulkAdd(state.segments), db.schemes.bulkAdd(state.schemes), db.snapshots.bulkAdd(state.snapshots)]);
}

export const DEFAULT_CHUNK_SIZES: ChunkSizes = { orders: ORDER_CHUNK_ROWS, customers: CUSTOMER_CHUNK_ROWS, scores: SCORE_CHUNK_ROWS };

/**
 * Replaces the whole stored dataset in one read-write transaction over every table: chunks are
 * rewritten, pending edits dropped (they are in `ds`), the import history made equal to
 * `ds.imports` plus `newImport`. Either all of it lands or none of it.
 */
export async function saveAll(
  db: SegmentaDb,
  ds: Dataset,
  newImport: ImportRecord | undefined,
  savedAt: number,
  sizes: ChunkSizes = DEFAULT_CHUNK_SIZES,
  with_: AlsoSaved = {},
): Promise<void> {
  // Encoding is pure CPU work: done before the transaction so that it never holds one open.
  const orderChunks = encodeOrders(ds.orders, sizes.orders).map(toBlobRecord);
  const customers = encodeCustomers(ds.customers, sizes.customers);
  const keyChunks = customers.keys.map(toBlobRecord);
  const customerChunks = customers.rest.map(toBlobRecord);
  const scores = ds.scores && encodeScores(ds.scores, sizes.scores);
  const scoreChunks = scores?.chunks.map(toBlobRecord);
  const imported = newImport && withSize(encodeImport(newImport));
  const chunkBytes = encodedSize(orderChunks) + encodedSize(keyChunks) + encodedSize(customerChunks) + (ds.campaigns ? encodedSize(ds.campaigns) : 0);
  const scoreBytes = scoreChunks ? encodedSize(scoreChunks) : 0;
  const meta: DatasetMetaRecord = {
    key: 'dataset',
    format: STORAGE_FORMAT,
    customers: ds.customers.length,
    orders: ds.orders.length,
    customerChunks: customerChunks.length,
    orderChunks: orderChunks.length,
    orderDict: ds.orders.dict,
    bytes: chunkBytes,
    savedAt,
  };
  const scoresMeta: ScoresMetaRecord | undefined = scores && {
    key: 'scores', format: STORAGE_FORMAT, header: scores.header, chunks: scores.chunks.length, bytes: scoreBytes, savedAt,
  };
  try {
    await db.transaction('rw', db.tables, async () => {
      await Promise.all([
        db.orderChunks.clear(), db.customerKeyChunks.clear(), db.customerChunks.clear(), db.scoreChunks.clear(),
        db.customerEdits.clear(), db.orderEdits.clear(),
      ]);
      await Promise.all([
        db.orderChunks.bulkAdd(orderChunks),
        db.customerKeyChunks.bulkAdd(keyChunks),
        db.customerChunks.bulkAdd(customerChunks),
        scoreChunks ? db.scoreChunks.bulkAdd(scoreChunks) : undefined,
        db.meta.put(meta),
        scoresMeta ? db.meta.put(scoresMeta) : db.meta.delete('scores'),
        db.settings.put({ key: 'settings', settings: ds.settings }),
        ds.campaigns ? db.campaigns.put({ key: 'campaigns', table: ds.campaigns }) : db.campaigns.clear(),
      ]);
      await syncImports(db, ds.imports, imported);
      if (with_.segmentState) await replaceSegmentState(db, with_.segmentState);
      if (with_.syncExtras) await db.meta.put({ key: 'syncExtras', format: STORAGE_FORMAT, extras: with_.syncExtras, bytes: encodedSize(with_.syncExtras) });
    });
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError(chunkBytes + scoreBytes + (imported?.bytes ?? 0), 'save the import', { cause: e });
    throw e;
  }
}

function withSize(stored: StoredImport): StoredImport {
  return { ...stored, bytes: encodedSize(stored) };
}

/** Deletes stored imports that `imports` no longer has, writes the new or changed ones. */
async function syncImports(db: SegmentaDb, imports: readonly ImportRecord[], imported: StoredImport | undefined): Promise<void> {
  const stored = new Map<string, number>();
  for (const key of await db.imports.orderBy('[id+updatedAt]').keys()) {
    const [id, updatedAt] = key as unknown as [string, number];
    stored.set(id, updatedAt);
  }
  const wanted = new Set(imports.map((r) => r.id));
  if (imported) wanted.add(imported.id);
  const gone = [...stored.keys()].filter((id) => !wanted.has(id));
  const changed = imports
    .filter((r) => r.id !== imported?.id && stored.get(r.id) !== r.updatedAt)
    .map((r) => withSize(encodeImport(r)));
  if (gone.length) await db.imports.bulkDelete(gone);
  if (changed.length) await db.imports.bulkPut(changed);
  // The new import goes last, after everything it describes.
  if (imported) await db.imports.put(imported);
}
