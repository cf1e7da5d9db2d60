import type { SchemeDef, SegmentDef } from '../segments/segment.ts';
import type { SegmentaDb } from './db.ts';
import { encodedSize } from './encoded-size.ts';
import { isQuotaError, StorageFullError } from './errors.ts';
import type { StoredSnapshot } from './records.ts';

/** Segments, schemes and membership snapshots as stored (tombstones included: sync merges them). */
export interface SegmentState<S extends StoredSnapshot = StoredSnapshot> {
  segments: SegmentDef[];
  schemes: SchemeDef[];
  /** Oldest first. */
  snapshots: S[];
}

export async function loadSegmentState<S extends StoredSnapshot>(db: SegmentaDb): Promise<SegmentState<S>> {
  return db.transaction('r', [db.segments, db.schemes, db.snapshots], async () => {
    const [segments, schemes, snapshots] = await Promise.all([
      db.segments.toArray(), db.schemes.toArray(), db.snapshots.orderBy('takenAt').toArray(),
    ]);
    return { segments, schemes, snapshots: snapshots as S[] };
  });
}

/**
 * Writes changed segments and schemes and new snapshots in one transaction: a rule edit and the
 * snapshot of the recomputation it caused land together or not at all. Snapshots are append-only.
 */
export async function saveSegmentChanges(
  db: SegmentaDb,
  change: { segments?: SegmentDef[]; schemes?: SchemeDef[]; snapshots?: StoredSnapshot[] },
): Promise<void> {
  try {
    await db.transaction('rw', [db.segments, db.schemes, db.snapshots], async () => {
      if (change.segments?.length) await db.segments.bulkPut(change.segments);
      if (change.schemes?.length) await db.schemes.bulkPut(change.schemes);
      if (change.snapshots?.length) await db.snapshots.bulkAdd(change.snapshots);
    });
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError(encodedSize(change), 'save the segments', { cause: e });
    throw e;
  }
}
