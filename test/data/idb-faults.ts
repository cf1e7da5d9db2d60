import type { SegmentaDb } from '../../core/data/db.ts';

/**
 * Fault injection into fake-indexeddb (test only). `failPuts` makes put/add throw at the call, as
 * a browser does for a value it cannot clone; `failStoredWrites` makes the write itself fail
 * later, as a browser's quota failure does: the request gets an error event and the transaction
 * aborts with that error. Each returns a function that undoes it.
 */
export function failPuts(storeName: string, makeError: () => Error): () => void {
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } }).IDBObjectStore.prototype;
  const { add, put } = proto;
  proto.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
    if (this.name === storeName) throw makeError();
    return add.apply(this, args);
  };
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === storeName) throw makeError();
    return put.apply(this, args);
  };
  return () => {
    proto.add = add;
    proto.put = put;
  };
}

export function failStoredWrites(db: SegmentaDb, storeName: string, makeError: () => Error): () => void {
  const store = db.backendDB().transaction(storeName, 'readonly').objectStore(storeName);
  // fake-indexeddb internals: the raw store shared by every transaction of this connection.
  const raw = (store as unknown as { _rawObjectStore: { storeRecord: (...args: unknown[]) => unknown } })._rawObjectStore;
  raw.storeRecord = () => {
    throw makeError();
  };
  return () => {
    delete (raw as { storeRecord?: unknown }).storeRecord;
  };
}

export const quotaError = (): Error => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
