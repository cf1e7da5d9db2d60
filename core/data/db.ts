import Dexie, { type Table } from 'dexie';
import type { StoredChunk } from './blob-record.ts';
import type { SchemeDef, SegmentDef } from '../segments/segment.ts';
import type { CustomerChunkRecord, CustomerKeyChunkRecord } from './codec-customers.ts';
import type { StoredImport } from './codec-imports.ts';
import type { OrderChunkRecord } from './codec-orders.ts';
import type { ScoreChunkRecord } from './codec-scores.ts';
import type { CampaignsRecord, CustomerEditRecord, MetaRecord, OrderEditRecord, SettingsRecord, StoredSnapshot } from './records.ts';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema.ts';

export const DEFAULT_DB_NAME = 'segmenta';

export interface SegmentaDbOptions {
  /** Versions to declare; tests pass a prefix of SCHEMA_VERSIONS to build an old database. */
  versions?: readonly SchemaVersion[];
  /** Called after each upgrade step ran (the upgrade guard test counts them). */
  onUpgrade?: (version: number) => void;
  /** IndexedDB implementation, when not the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** The IndexedDB database of one device. Only core/data touches it. */
export class SegmentaDb extends Dexie {
  meta!: Table<MetaRecord, string>;
  settings!: Table<SettingsRecord, string>;
  orderChunks!: Table<StoredChunk<OrderChunkRecord>, number>;
  customerKeyChunks!: Table<StoredChunk<CustomerKeyChunkRecord>, number>;
  customerChunks!: Table<StoredChunk<CustomerChunkRecord>, number>;
  scoreChunks!: Table<StoredChunk<ScoreChunkRecord>, number>;
  customerEdits!: Table<CustomerEditRecord, number>;
  orderEdits!: Table<OrderEditRecord, number>;
  imports!: Table<StoredImport, string>;
  campaigns!: Table<CampaignsRecord, string>;
  segments!: Table<SegmentDef, string>;
  schemes!: Table<SchemeDef, string>;
  snapshots!: Table<StoredSnapshot, string>;

  constructor(name = DEFAULT_DB_NAME, options: SegmentaDbOptions = {}) {
    super(name, options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined);
    for (const v of options.versions ?? SCHEMA_VERSIONS) {
      const declared = this.version(v.version).stores(v.stores);
      const upgrade = v.upgrade;
      if (upgrade) {
        declared.upgrade(async (tx) => {
          await upgrade(tx);
          options.onUpgrade?.(v.version);
        });
      }
    }
  }
}
