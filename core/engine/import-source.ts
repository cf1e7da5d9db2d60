import { DEMO_CUSTOMERS_FILE, DEMO_ORDERS_FILE, demoFiles, type DemoFile } from '../demo/demo-data.ts';

/** A file to import: its name (for the import history and messages) and its bytes, read when the import gets to it. */
export interface ImportSource {
  name: string;
  bytes(): Promise<Uint8Array>;
  /** SHA-256 hex of the bytes when something else computes it (a worker, in parallel); else the reader does. */
  hash?(): Promise<string>;
}

/** A file's bytes and their SHA-256 hex, each as soon as it is known. */
export interface LoadedFile {
  bytes: Promise<Uint8Array>;
  hash: Promise<string>;
}

/** Reads and hashes files somewhere else than on the engine's thread (core/worker/file-loader.ts). */
export type FileLoader = (file: Blob) => LoadedFile;

/**
 * A user's file. With `load` (a worker that reads and hashes files), reading and hashing happen off
 * this thread; without it, the bytes are read here and the reader hashes them.
 */
export function fileSource(file: File, load?: FileLoader): ImportSource {
  if (!load) return { name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
  let loaded: LoadedFile | undefined;
  const get = () => (loaded ??= load(file));
  return { name: file.name, bytes: () => get().bytes, hash: () => get().hash };
}

/**
 * The demo's customers and orders files for `today`, generated when the import first reads them,
 * so the generation runs inside the import (its progress, its cancel) and the demo goes through the
 * same read → merge → score → write path as a user's files.
 */
export function demoSources(today: string): ImportSource[] {
  let files: [DemoFile, DemoFile] | undefined;
  const bytesOf = (k: 0 | 1) => async () => new TextEncoder().encode((files ??= demoFiles({ today }))[k].text);
  return [
    { name: DEMO_CUSTOMERS_FILE, bytes: bytesOf(0) },
    { name: DEMO_ORDERS_FILE, bytes: bytesOf(1) },
  ];
}
