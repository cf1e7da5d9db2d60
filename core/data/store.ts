import Dexie from 'dexie';
import type { Customer } from '../model/customer.ts';
import type { CustomerScores, Dataset, Settings } from '../model/dataset.ts';
import type { ImportRecord } from '../model/import-record.ts';
import { toBlobRecord } from './blob-record.ts';
import { encodeScores } from './codec-scores.ts';
import { DEFAULT_DB_NAME, SegmentaDb, type SegmentaDbOptions } from './db.ts';
import { encodedSize } from './encoded-size.ts';
import { isQuotaError, StorageFullError, StoreTooNewError } from './errors.ts';
import { loadStaged, type EarlyLoad } from './load-staged.ts';
import type { OrderRow } from './records.ts';
import { DEFAULT_CHUNK_SIZES, saveAll, type AlsoSaved, type ChunkSizes } from './save-all.ts';
import { SCHEMA_VERSIONS, STORAGE_FORMAT } from './schema.ts';
import { loadSegmentState, saveSegmentChanges, type SegmentState } from './segment-state.ts';
import type { StoredSnapshot } from './records.ts';
import type { SchemeDef, SegmentDef } from '../segments/segment.ts';

export interface StoreOptions extends SegmentaDbOptions {
  /** Rows per chunk record; tests use tiny chunks to cross chunk boundaries. */
  chunkSizes?: Partial<ChunkSizes>;
}

export interface Footprint {
  /** Estimated serialised bytes of everything stored (see encodedSize). */
  encodedBytes: number;
  /** What the browser reports for the whole origin, when it can. */
  usage?: number;
  quota?: number;
}

/** The persisted Dataset of one device. The worker holds the Dataset in memory and calls these. */
export interface Store {
  readonly db: SegmentaDb;
  /** The saved dataset with edits applied, or undefined when nothing was ever saved. */
  load(): Promise<Dataset | undefined>;
  /** Scores and the identity index as soon as they are read; `full` resolves with everything. */
  loadScoresFirst(): Promise<EarlyLoad | undefined>;
  loadSettings(): Promise<Settings | undefined>;
  /** Replaces everything stored (compacting edits) and records `newImport`, atomically. */
  saveAll(ds: Dataset, newImport?: ImportRecord): Promise<void>;
  /** saveAll, replacing the segment state and the sync file's unknown parts in the same transaction (a sync merge). */
  saveSynced(ds: Dataset, also: AlsoSaved): Promise<void>;
  loadSyncExtras(): Promise<unknown>;
  /** Rewrites only the scores (after a recomputation that followed edits). */
  saveScores(scores: CustomerScores): Promise<void>;
  /** Saves one customer's latest state at position `index` (= customers.length to add one). */
  putCustomerEdit(index: number, customer: Customer): Promise<void>;
  /** Saves one order's latest state at row `index` (= orders.length to add one). */
  putOrderEdit(index: number, order: OrderRow): Promise<void>;
  saveSettings(settings: Settings): Promise<void>;
  loadSegmentState<S extends StoredSnapshot>(): Promise<SegmentState<S>>;
  /** Changed segments and schemes (put whole) and new snapshots (appended), in one transaction. */
  saveSegmentChanges(change: { segments?: SegmentDef[]; schemes?: SchemeDef[]; snapshots?: StoredSnapshot[] }): Promise<void>;
  /** Deletes every stored record (the database itself stays). */
  clear(): Promise<void>;
  estimateFootprint(): Promise<Footprint>;
  close(): void;
}

export class NoDatasetError extends Error {
  constructor() {
    super('There is no saved dataset to apply this change to; save the whole dataset first.');
    this.name = 'NoDatasetError';
  }
}

/** Opens (creating or upgrading) the database `name` and returns the store on it. */
export async function openStore(name = DEFAULT_DB_NAME, options: StoreOptions = {}): Promise<Store> {
  const latest = Math.max(...(options.versions ?? SCHEMA_VERSIONS).map((v) => v.version));
  const tooNew = (found: number) => new StoreTooNewError(`database schema version ${found}, this version knows up to ${latest}`);
  // Dexie 4 opens a newer database at its own version instead of failing (and patches in any
  // table it misses), so an older app must look before it opens. Dexie stores version × 10.
  const installed = await installedVersion(options.indexedDB ?? Dexie.dependencies.indexedDB, name);
  if (installed !== undefined && installed > latest * 10) throw tooNew(installed / 10);
  const db = new SegmentaDb(name, options);
  try {
    await db.open();
  } catch (e) {
    if (e instanceof Dexie.VersionError) throw new StoreTooNewError(`database schema newer than version ${latest}`, { cause: e });
    throw e;
  }
  const opened = db.backendDB().version;
  if (opened > latest * 10) {
    db.close();
    throw tooNew(opened / 10);
  }
  return createStore(db, options);
}

async function installedVersion(factory: IDBFactory | undefined, name: string): Promise<number | undefined> {
  if (typeof factory?.databases !== 'function') return undefined;
  return (await factory.databases()).find((d) => d.name === name)?.version;
}

export function createStore(db: SegmentaDb, options: StoreOptions = {}): Store {
  const sizes: ChunkSizes = { ...DEFAULT_CHUNK_SIZES, ...options.chunkSizes };
  // Edits and scores are ordered by this clock: strictly increasing within a session.
  let last = 0;
  const clock = (): number => (last = Math.max(Date.now(), last + 1));

  const putEdit = async (write: () => Promise<unknown>, bytes: number): Promise<void> => {
    try {
      await db.transaction('rw', [db.meta, db.customerEdits, db.orderEdits], async () => {
        if (!(await db.meta.get('dataset'))) throw new NoDatasetError();
        await write();
      });
    } catch (e) {
      if (isQuotaError(e)) throw new StorageFullError(bytes, 'save the change', { cause: e });
      throw e;
    }
  };

  return {
    db,
    async load() {
      const early = await loadStaged(db);
      return early && early.full;
    },
    loadScoresFirst: () => loadStaged(db),
    async loadSettings() {
      return (await db.settings.get('settings'))?.settings;
    },
    saveAll: (ds, newImport) => saveAll(db, ds, newImport, clock(), sizes),
    saveSynced: (ds, also) => saveAll(db, ds, undefined, clock(), sizes, also),
    async loadSyncExtras() {
      const record = await db.meta.get('syncExtras');
      return record?.key === 'syncExtras' ? record.extras : undefined;
    },
    async saveScores(scores) {
      const encoded = encodeScores(scores, sizes.scores);
      const { header } = encoded;
      const chunks = encoded.chunks.map(toBlobRecord);
      const bytes = encodedSize(chunks);
      try {
        await db.transaction('rw', [db.meta, db.scoreChunks], async () => {
          await db.scoreChunks.clear();
          await db.scoreChunks.bulkAdd(chunks);
          await db.meta.put({ key: 'scores', format: STORAGE_FORMAT, header, chunks: chunks.length, bytes, savedAt: clock() });
        });
      } catch (e) {
        if (isQuotaError(e)) throw new StorageFullError(bytes, 'save the scores', { cause: e });
        throw e;
      }
    },
    putCustomerEdit: (index, customer) =>
      putEdit(() => db.customerEdits.put({ index, customer, writtenAt: clock() }), encodedSize(customer)),
    putOrderEdit: (index, order) => putEdit(() => db.orderEdits.put({ index, order, writtenAt: clock() }), encodedSize(order)),
    async saveSettings(settings) {
      try {
        await db.settings.put({ key: 'settings', settings });
      } catch (e) {
        if (isQuotaError(e)) throw new StorageFullError(encodedSize(settings), 'save the settings', { cause: e });
        throw e;
      }
    },
    loadSegmentState: () => loadSegmentState(db),
    saveSegmentChanges: (change) => saveSegmentChanges(db, change),
    async clear() {
      await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
    },
    async estimateFootprint() {
      const [metas, imports, customerEdits, orderEdits] = await db.transaction(
        'r', [db.meta, db.imports, db.customerEdits, db.orderEdits],
        () => Promise.all([db.meta.toArray(), db.imports.toArray(), db.customerEdits.toArray(), db.orderEdits.toArray()]),
      );
      let encodedBytes = encodedSize(metas) + encodedSize(customerEdits) + encodedSize(orderEdits);
      for (const m of metas) encodedBytes += m.bytes;
      for (const i of imports) encodedBytes += i.bytes ?? encodedSize(i);
      const footprint: Footprint = { encodedBytes };
      const storage = (globalThis as { navigator?: { storage?: { estimate?: () => Promise<{ usage?: number; quota?: number }> } } })
        .navigator?.storage;
      if (storage?.estimate) {
        const { usage, quota } = await storage.estimate();
        if (usage !== undefined) footprint.usage = usage;
        if (quota !== undefined) footprint.quota = quota;
      }
      return footprint;
    },
    close: () => db.close(),
  };
}
