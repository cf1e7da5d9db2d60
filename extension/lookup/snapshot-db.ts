/**
 * Where the look-up snapshot lives: its own one-record IndexedDB database in the extension's origin.
 * Not a table of the engine's database, so the engine's schema (core/data/schema.ts) does not change
 * and the service worker never holds a connection that could block the engine's upgrades.
 */
import { SNAPSHOT_FORMAT, type LookupSnapshot } from './snapshot-format.ts';

const DB_NAME = 'segmenta-lookup';
const STORE = 'snapshot';
const KEY = 'current';

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run<T>(factory: IDBFactory, mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return open(factory).then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = act(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(request.result as T);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? request.error);
        };
      }),
  );
}

/** The stored snapshot, or undefined when none was written (or it has another format). */
export async function readSnapshot(factory: IDBFactory = indexedDB): Promise<LookupSnapshot | undefined> {
  const value = await run<LookupSnapshot | undefined>(factory, 'readonly', (s) => s.get(KEY));
  return value?.format === SNAPSHOT_FORMAT ? value : undefined;
}

export function writeSnapshot(snapshot: LookupSnapshot, factory: IDBFactory = indexedDB): Promise<void> {
  return run(factory, 'readwrite', (s) => s.put(snapshot, KEY));
}
