import Dexie from 'dexie';
import type { CustomerScores, Dataset, Settings } from '../model/dataset.ts';
import {
  decodeCustomerKeys, decodeCustomers, type CustomerChunkRecord, type CustomerIndex, type CustomerKeyChunkRecord,
} from './codec-customers.ts';
import { decodeImport, type StoredImport } from './codec-imports.ts';
import { decodeOrders, type OrderChunkRecord } from './codec-orders.ts';
import { decodeScores, type ScoreChunkRecord } from './codec-scores.ts';
import type { SegmentaDb } from './db.ts';
import { applyCustomerEdits, applyOrderEdits, overlayIndex } from './edits.ts';
import { StoreCorruptError, StoreTooNewError } from './errors.ts';
import type { CampaignsRecord, CustomerEditRecord, DatasetMetaRecord, MetaRecord, OrderEditRecord, ScoresMetaRecord, SettingsRecord } from './records.ts';
import { STORAGE_FORMAT } from './schema.ts';
import { unpackChunks, type StoredChunk } from './blob-record.ts';

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

type FirstRead = [MetaRecord[], SettingsRecord | undefined, StoredChunk<ScoreChunkRecord>[], StoredChunk<CustomerKeyChunkRecord>[], CustomerEditRecord[], OrderEditRecord[]];
type SecondRead = [StoredChunk<CustomerChunkRecord>[], StoredChunk<OrderChunkRecord>[], StoredImport[], CampaignsRecord | undefined];

interface Rest {
  meta: DatasetMetaRecord;
  rawIndex: CustomerIndex;
  customerEdits: CustomerEditRecord[];
  orderEdits: OrderEditRecord[];
  settings: Settings;
  scores?: CustomerScores;
  scoresStale: boolean;
  customerChunks: Promise<CustomerChunkRecord[]>;
  orderChunks: Promise<OrderChunkRecord[]>;
  stored: Promise<SecondRead>;
}

/**
 * Reads everything in one read-only transaction (one consistent snapshot), issuing the small
 * records first. Chunk bytes (Blobs, storage format 2) are read once the records are in, outside
 * the transaction; the early part resolves as soon as its own chunks are decoded, while the
 * others are still being read.
 */
export function loadStaged(db: SegmentaDb): Promise<EarlyLoad | undefined> {
  const first = deferred<FirstRead>();
  const second = deferred<SecondRead>();
  second.promise.catch(() => {}); // nothing to load: nobody waits for it
  const tx = db.transaction('r', db.tables, async () => {
    const small = Promise.all([
      db.meta.toArray(), db.settings.get('settings'), db.scoreChunks.toArray(),
      db.customerKeyChunks.toArray(), db.customerEdits.toArray(), db.orderEdits.toArray(),
    ]);
    const big = Promise.all([
      db.customerChunks.toArray(), db.orderChunks.toArray(), db.imports.orderBy('importedAt').toArray(), db.campaigns.get('campaigns'),
    ]);
    big.catch(() => {});
    const f = await small;
    // Outside the transaction's zone: otherwise the caller's next write would be taken for a
    // sub-transaction of this read-only one and refused.
    Dexie.ignoreTransaction(() => first.resolve(f));
    const b = await big;
    Dexie.ignoreTransaction(() => second.resolve(b));
  });
  tx.catch((e: unknown) => {
    first.reject(e);
    second.reject(e);
  });
  return first.promise.then(async ([metas, settingsRecord, storedScores, storedKeys, customerEdits, orderEdits]) => {
    const meta = metas.find((m): m is DatasetMetaRecord => m.key === 'dataset');
    if (!meta) return undefined;
    if (meta.format > STORAGE_FORMAT) throw new StoreTooNewError(`storage format ${meta.format}, this version reads up to ${STORAGE_FORMAT}`);
    if (!settingsRecord) throw new StoreCorruptError('The saved dataset has no settings record');
    const scoresMeta = metas.find((m): m is ScoresMetaRecord => m.key === 'scores');
    if (scoresMeta && scoresMeta.format > STORAGE_FORMAT) {
      throw new StoreTooNewError(`storage format ${scoresMeta.format}, this version reads up to ${STORAGE_FORMAT}`);
    }
    const [keyChunks, scoreChunks] = await Promise.all([
      decodingAsync('customer index', () => unpackChunks(storedKeys)),
      decodingAsync('scores', () => unpackChunks(storedScores)),
    ]);
    // The other chunks' bytes are asked for now, not before: they would queue in front of these.
    const stored = second.promise;
    const customerChunks = stored.then(([c]) => decodingAsync('customers', () => unpackChunks(c)));
    const orderChunks = stored.then(([, o]) => decodingAsync('orders', () => unpackChunks(o)));
    customerChunks.catch(() => {});
    orderChunks.catch(() => {});
    const rawIndex = decoding('customer index', () => decodeCustomerKeys(keyChunks));
    expectCount('customer key chunks', keyChunks.length, meta.customerChunks, rawIndex.ids.length, meta.customers);
    const index = overlayIndex(rawIndex, customerEdits);
    const scores = scoresMeta && decoding('scores', () => decodeScores(scoresMeta.header, scoreChunks));
    let lastEdit = 0;
    for (const e of customerEdits) lastEdit = Math.max(lastEdit, e.writtenAt);
    for (const e of orderEdits) lastEdit = Math.max(lastEdit, e.writtenAt);
    const scoresStale = !!scoresMeta && (lastEdit > scoresMeta.savedAt || scoresMeta.header.rows !== index.ids.length);
    const settings = settingsRecord.settings;
    const full = assemble({ meta, rawIndex, customerEdits, orderEdits, settings, scores, scoresStale, customerChunks, orderChunks, stored });
    full.catch(() => {}); // callers that only want the early part must not see an unhandled rejection
    return {
      index, scores, scoresStale, settings,
      customerCount: index.ids.length,
      orderCount: meta.orders + orderEdits.filter((e) => e.index >= meta.orders).length,
      full,
    };
  });
}

async function assemble(r: Rest): Promise<Dataset> {
  const { meta } = r;
  // Orders first: their bytes are most of what is read, and bytes come in only while this thread
  // waits (measured 30–40 ms sooner than decoding customers while the orders' bytes arrive).
  const orderChunks = await r.orderChunks;
  const decoded = decoding('orders', () => decodeOrders(orderChunks, meta.orderDict));
  const customerChunks = await r.customerChunks;
  const customers = decoding('customers', () => decodeCustomers(customerChunks, r.rawIndex));
  expectCount('customer chunks', customerChunks.length, meta.customerChunks, customers.length, meta.customers);
  applyCustomerEdits(customers, r.customerEdits);
  expectCount('order chunks', orderChunks.length, meta.orderChunks, decoded.length, meta.orders);
  const orders = applyOrderEdits(decoded, r.orderEdits);
  const imports = (await r.stored)[2].map((i) => decoding('import history', () => decodeImport(i)));
  const ds: Dataset = { customers, orders, imports, settings: r.settings };
  const campaigns = (await r.stored)[3]?.table;
  if (campaigns) ds.campaigns = campaigns;
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
    throw corrupt(what, e);
  }
}

async function decodingAsync<T>(what: string, decode: () => Promise<T>): Promise<T> {
  try {
    return await decode();
  } catch (e) {
    throw corrupt(what, e);
  }
}

function corrupt(what: string, e: unknown): unknown {
  // Reading a Blob can fail for reasons of its own (its file gone, I/O): those are not corruption.
  if (e instanceof StoreCorruptError || (typeof DOMException !== 'undefined' && e instanceof DOMException)) return e;
  return new StoreCorruptError(`Saved ${what} cannot be read: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
}
