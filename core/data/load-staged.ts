import Dexie from 'dexie';
import type { CustomerScores, Dataset, Settings } from '../model/dataset.ts';
import { decodeCustomerKeys, decodeCustomers, type CustomerChunkRecord, type CustomerIndex } from './codec-customers.ts';
import { decodeImport, type StoredImport } from './codec-imports.ts';
import { decodeOrders, type OrderChunkRecord } from './codec-orders.ts';
import { decodeScores } from './codec-scores.ts';
import type { SegmentaDb } from './db.ts';
import { applyCustomerEdits, applyOrderEdits, overlayIndex } from './edits.ts';
import { StoreCorruptError, StoreTooNewError } from './errors.ts';
import type { CustomerEditRecord, DatasetMetaRecord, OrderEditRecord, ScoresMetaRecord } from './records.ts';
import { STORAGE_FORMAT } from './schema.ts';

/** What a reload can show first: scores and who they belong to, before the rest is decoded. */
export interface EarlyLoad {
  /** Identity columns with saved edits applied (position = customer index). */
  index: CustomerIndex;
  /** The last saved scores; may be out of date (see `scoresStale`). */
  scores?: CustomerScores;
  /** Changes were saved after the scores, or customers were added: recompute before trusting them. */
  scoresStale: boolean;
  settings: Settings;
  customerCount: number;
  orderCount: number;
  /** Everything, with edits applied; `scores` only when not stale. */
  full: Promise<Dataset>;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

interface Rest {
  meta: DatasetMetaRecord;
  rawIndex: CustomerIndex;
  customerEdits: CustomerEditRecord[];
  orderEdits: OrderEditRecord[];
  settings: Settings;
  scores?: CustomerScores;
  scoresStale: boolean;
  customerChunks: CustomerChunkRecord[];
  orderChunks: OrderChunkRecord[];
  imports: StoredImport[];
}

/**
 * Reads everything in one read-only transaction (one consistent snapshot), issuing the small
 * records first: the early part resolves as soon as they arrive, while the chunks still stream in.
 */
export function loadStaged(db: SegmentaDb): Promise<EarlyLoad | undefined> {
  const early = deferred<EarlyLoad | undefined>();
  const full = deferred<Dataset>();
  full.promise.catch(() => {}); // callers that only want the early part must not see an unhandled rejection
  const tx = db.transaction('r', db.tables, async (): Promise<Rest | undefined> => {
    const first = Promise.all([
      db.meta.toArray(), db.settings.get('settings'), db.scoreChunks.toArray(),
      db.customerKeyChunks.toArray(), db.customerEdits.toArray(), db.orderEdits.toArray(),
    ]);
    const second = Promise.all([db.customerChunks.toArray(), db.orderChunks.toArray(), db.imports.orderBy('importedAt').toArray()]);
    second.catch(() => {});
    const [metas, settingsRecord, scoreChunks, keyChunks, customerEdits, orderEdits] = await first;
    const meta = metas.find((m): m is DatasetMetaRecord => m.key === 'dataset');
    if (!meta) {
      Dexie.ignoreTransaction(() => early.resolve(undefined));
      return undefined;
    }
    if (meta.format > STORAGE_FORMAT) throw new StoreTooNewError(`storage format ${meta.format}, this version reads up to ${STORAGE_FORMAT}`);
    if (!settingsRecord) throw new StoreCorruptError('The saved dataset has no settings record');
    const rawIndex = decoding('customer index', () => decodeCustomerKeys(keyChunks));
    expectCount('customer key chunks', keyChunks.length, meta.customerChunks, rawIndex.ids.length, meta.customers);
    const index = overlayIndex(rawIndex, customerEdits);
    const scoresMeta = metas.find((m): m is ScoresMetaRecord => m.key === 'scores');
    const scores = scoresMeta && decoding('scores', () => decodeScores(scoresMeta.header, scoreChunks));
    let lastEdit = 0;
    for (const e of customerEdits) lastEdit = Math.max(lastEdit, e.writtenAt);
    for (const e of orderEdits) lastEdit = Math.max(lastEdit, e.writtenAt);
    const scoresStale = !!scoresMeta && (lastEdit > scoresMeta.savedAt || scoresMeta.header.rows !== index.ids.length);
    const settings = settingsRecord.settings;
    const value: EarlyLoad = {
      index, scores, scoresStale, settings,
      customerCount: index.ids.length,
      orderCount: meta.orders + orderEdits.filter((e) => e.index >= meta.orders).length,
      full: full.promise,
    };
    // Outside the transaction's zone: otherwise the caller's next write would be taken for a
    // sub-transaction of this read-only one and refused.
    Dexie.ignoreTransaction(() => early.resolve(value));
    const [customerChunks, orderChunks, imports] = await second;
    return { meta, rawIndex, customerEdits, orderEdits, settings, scores, scoresStale, customerChunks, orderChunks, imports };
  });
  tx.then(
    (rest) => {
      if (!rest) return;
      try {
        full.resolve(assemble(rest));
      } catch (e) {
        full.reject(e);
      }
    },
    (e) => {
      early.reject(e);
      full.reject(e);
    },
  );
  return early.promise;
}

function assemble(r: Rest): Dataset {
  const { meta } = r;
  const customers = decoding('customers', () => decodeCustomers(r.customerChunks, r.rawIndex));
  expectCount('customer chunks', r.customerChunks.length, meta.customerChunks, customers.length, meta.customers);
  applyCustomerEdits(customers, r.customerEdits);
  const decoded = decoding('orders', () => decodeOrders(r.orderChunks, meta.orderDict));
  expectCount('order chunks', r.orderChunks.length, meta.orderChunks, decoded.length, meta.orders);
  const orders = applyOrderEdits(decoded, r.orderEdits);
  const imports = r.imports.map((i) => decoding('import history', () => decodeImport(i)));
  const ds: Dataset = { customers, orders, imports, settings: r.settings };
  if (r.scores && !r.scoresStale) ds.scores = r.scores;
  return ds;
}

function expectCount(what: string, chunks: number, metaChunks: number, rows: number, metaRows: number): void {
  if (chunks !== metaChunks || rows !== metaRows) {
    throw new StoreCorruptError(`Saved ${what} hold ${chunks} records / ${rows} rows; the dataset record says ${metaChunks} / ${metaRows}`);
  }
}

function decoding<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (e) {
    if (e instanceof StoreCorruptError) throw e;
    throw new StoreCorruptError(`Saved ${what} cannot be read: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}
