import { DEMO_CUSTOMERS_FILE, DEMO_ORDERS_FILE, demoFiles, type DemoFile } from '../demo/demo-data.ts';

/** A file to import: its name (for the import history and messages) and its bytes, read when the import gets to it. */
export interface ImportSource {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export function fileSource(file: File): ImportSource {
  return { name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
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
