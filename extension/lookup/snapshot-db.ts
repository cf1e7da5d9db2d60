/**
 * Where the look-up snapshot lives: its own one-record IndexedDB database in the extension's origin.
 * Not a table of the engine's database, so the engine's schema (core/data/schema.ts) does not change
 * and the service worker never holds a connection that could block the engine's upgrades.
 */
import { SNAPSHOT_FORMAT, type LookupSnapshot, type MoveSnapshot, type NameSnapshot } from './snapshot-format.ts';

const DB_NAME = 'segmenta-lookup';
const STORE = 'snapshot';
const KEY = 'current';
const NAMES = 'names';
const MOVES = 'moves';

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run<T>(factory: IDBFactory, mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest | void): Promise<T | undefined> {
  return open(factory).then(
    (db) =>
      new Promise<T | undefined>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = act(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(request ? (request.result as T) : undefined);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? request?.error);
        };
      }),
  );
}

/** The stored snapshot, or undefined when none was written (or it has another format). */
export async function readSnapshot(factory: IDBFactory = indexedDB): Promise<LookupSnapshot | undefined> {
  const value = await run<LookupSnapshot | undefined>(factory, 'readonly', (s) => s.get(KEY));
  return value?.format === SNAPSHOT_FORMAT ? value : undefined;
}

/** The popup's name keys, or undefined. */
export async function readNameSnapshot(factory: IDBFactory = indexedDB): Promise<NameSnapshot | undefined> {
  const value = await run<NameSnapshot | undefined>(factory, 'readonly', (s) => s.get(NAMES));
  return value?.format === SNAPSHOT_FORMAT ? value : undefined;
}

/** The customers' newest moves, or undefined. */
export async function readMoveSnapshot(factory: IDBFactory = indexedDB): Promise<MoveSnapshot | undefined> {
  const value = await run<MoveSnapshot | undefined>(factory, 'readonly', (s) => s.get(MOVES));
  return value?.format === SNAPSHOT_FORMAT ? value : undefined;
}

/** Every record in one transaction: a reader never mixes two builds. */
export async function writeSnapshot(
  parts: { snapshot: LookupSnapshot; names: NameSnapshot; moves: MoveSnapshot },
  factory: IDBFactory = indexedDB,
): Promise<void> {
  await run(factory, 'readwrite', (s) => {
    s.put(parts.snapshot, KEY);
    s.put(parts.names, NAMES);
    s.put(parts.moves, MOVES);
  });
}
