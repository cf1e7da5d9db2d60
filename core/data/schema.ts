import type { Transaction } from 'dexie';

/**
 * Every schema version the database has ever had, oldest first. Append only: a shipped version is
 * never edited or removed (browsers out there hold databases at each of them). Each version after
 * the first needs an upgrade fixture in test/data/fixtures/ (test/data/upgrade.test.ts checks).
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs; `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Data migration run inside the version-change transaction when an older database opens. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      meta: 'key',
      settings: 'key',
      orderChunks: 'chunk',
      customerKeyChunks: 'chunk',
      customerChunks: 'chunk',
      scoreChunks: 'chunk',
      customerEdits: 'index',
      orderEdits: 'index',
      imports: 'id, importedAt, [id+updatedAt]',
    },
  },
  {
    // Issue #3: segments, schemes, membership snapshots and campaign results. New tables only, so
    // an older database needs no data migration.
    version: 2,
    stores: {
      campaigns: 'key',
      segments: 'id',
      schemes: 'id',
      snapshots: 'id, takenAt',
    },
  },
];

/**
 * Generation of the chunk encodings (core/data/codec-*.ts), kept in the meta records.
 * 1: chunk records as their codecs build them. 2: chunk records as BlobRecords (blob-record.ts).
 */
export const STORAGE_FORMAT = 2;
