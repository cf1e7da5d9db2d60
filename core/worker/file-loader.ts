import { sha256Hex } from '../import/sha256-hex.ts';
import type { LoadRequest, LoadResponse } from './file-loader-worker.ts';
import type { FileLoader, LoadedFile } from '../engine/import-source.ts';

/** Reads and hashes on the calling thread. */
export function localLoad(file: Blob): LoadedFile {
  const bytes = file.arrayBuffer().then((b) => new Uint8Array(b));
  return { bytes, hash: bytes.then(sha256Hex) };
}

interface Pending {
  file: Blob;
  bytes: Deferred<Uint8Array>;
  hash: Deferred<string>;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T | Promise<T>): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T | Promise<T>) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A loader that reads and hashes in a worker of its own, off the engine's thread. Where that worker
 * cannot run or fails, files are read and hashed here.
 */
export function workerFileLoader(
  startWorker = () => new Worker(new URL('./file-loader-worker.ts', import.meta.url), { type: 'module', name: 'segmenta-file-loader' }),
): FileLoader {
  let worker: Worker | undefined;
  let broken = false;
  let next = 0;
  const pending = new Map<number, Pending>();
  /** Settles what the worker did not deliver by reading and hashing here. */
  const fallBack = (p: Pending) => {
    const local = localLoad(p.file);
    p.bytes.resolve(local.bytes);
    p.hash.resolve(local.hash);
  };
  const fail = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const p of pending.values()) fallBack(p);
    pending.clear();
  };
  const start = (): Worker | undefined => {
    if (worker || broken) return worker;
    try {
      worker = startWorker();
    } catch {
      broken = true;
      return undefined;
    }
    worker.onerror = fail;
    worker.onmessage = (e: MessageEvent<LoadResponse>) => {
      const r = e.data;
      const p = pending.get(r.id);
      if (!p) return;
      if ('bytes' in r) p.bytes.resolve(new Uint8Array(r.bytes));
      else {
        pending.delete(r.id);
        if ('hex' in r) p.hash.resolve(r.hex);
        else fallBack(p);
      }
    };
    return worker;
  };
  // Started now rather than at the first import: the worker's script is loaded by then.
  start();
  return (file) => {
    const w = start();
    if (!w) return localLoad(file);
    const id = next++;
    const p: Pending = { file, bytes: deferred(), hash: deferred() };
    pending.set(id, p);
    w.postMessage({ id, file } satisfies LoadRequest);
    return { bytes: p.bytes.promise, hash: p.hash.promise };
  };
}
