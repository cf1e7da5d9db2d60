/**
 * Worker half of bench/store-browser.ts: times core/data's save and load in Chromium, phase by
 * phase, on a dataset built by the app's own importer (as the engine would hold it).
 *   {cmd: 'save', runs}: imports /data/customers.csv + /data/orders.csv, then saves `runs` times.
 *   {cmd: 'load'}: a fresh worker, as after a reload: opens the store and loads it.
 */
import { unpackChunks } from '../core/data/blob-record.ts';
import {
  decodeCustomerKeys, decodeCustomers, encodeCustomers, type CustomerChunkRecord, type CustomerKeyChunkRecord,
} from '../core/data/codec-customers.ts';
import { decodeOrders, encodeOrders, type OrderChunkRecord } from '../core/data/codec-orders.ts';
import { decodeScores, encodeScores, type ScoreChunkRecord } from '../core/data/codec-scores.ts';
import { openStore } from '../core/data/store.ts';
import type { DatasetMetaRecord, ScoresMetaRecord } from '../core/data/records.ts';
import { computeScores } from '../core/engine/compute-scores.ts';
import { emptyDataset } from '../core/engine/empty-dataset.ts';
import { mergeImports } from '../core/import/merge.ts';
import { readImport } from '../core/import/read-import.ts';
import type { Dataset } from '../core/model/dataset.ts';
import { createEngine } from '../core/engine/engine.ts';

let DB = 'store-bench';
const startedAt = performance.now();

let built: Promise<Dataset> | undefined;

function build(): Promise<Dataset> {
  return (built ??= importData());
}

async function importData(): Promise<Dataset> {
  const files = await Promise.all(['customers.csv', 'orders.csv'].map(async (f) => {
    const bytes = new Uint8Array(await (await fetch(`/data/${f}`)).arrayBuffer());
    return readImport(bytes, f);
  }));
  const { dataset } = await mergeImports(emptyDataset(), files);
  const settings = { ...dataset.settings, rfm: { ...dataset.settings.rfm, asOf: '2026-11-01' } };
  return { ...dataset, settings, scores: computeScores(dataset, settings.rfm) };
}

function time<T>(out: Record<string, number>, key: string, f: () => T): T {
  const t = performance.now();
  const v = f();
  out[key] = performance.now() - t;
  return v;
}

async function save(runs: number): Promise<unknown> {
  const ds = await build();
  const store = await openStore(DB);
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r: Record<string, number> = {};
    time(r, 'encodeOrders', () => encodeOrders(ds.orders));
    time(r, 'encodeCustomers', () => encodeCustomers(ds.customers));
    time(r, 'encodeScores', () => encodeScores(ds.scores!));
    // A new Dataset object each time, as after an import (the arrays themselves are the same).
    const t = performance.now();
    await store.saveAll({ ...ds }, undefined);
    r.saveAll = performance.now() - t;
    results.push(r);
  }
  store.close();
  return results;
}

async function load(detail: boolean): Promise<unknown> {
  const r: Record<string, number> = { workerStart: startedAt };
  const t0 = performance.now();
  const store = await openStore(DB);
  r.open = performance.now() - t0;
  const early = await store.loadScoresFirst();
  r.early = performance.now() - t0;
  const full = await early!.full;
  r.full = performance.now() - t0;
  r.customers = full.customers.length;
  if (!detail) {
    store.close();
    return r;
  }
  // The same reads again, apart, to split reading from decoding (the second read may be warmer).
  const db = store.db;
  const read = async <T>(key: string, f: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const v = await f();
    r[key] = performance.now() - t;
    return v;
  };
  const metas = await read('readMeta', () => db.meta.toArray());
  const keys = await read('readKeys', async () => unpackChunks<CustomerKeyChunkRecord>(await db.customerKeyChunks.toArray()));
  const scoreChunks = await read('readScores', async () => unpackChunks<ScoreChunkRecord>(await db.scoreChunks.toArray()));
  const custChunks = await read('readCustomers', async () => unpackChunks<CustomerChunkRecord>(await db.customerChunks.toArray()));
  const orderChunks = await read('readOrders', async () => unpackChunks<OrderChunkRecord>(await db.orderChunks.toArray()));
  const meta = metas.find((m): m is DatasetMetaRecord => m.key === 'dataset')!;
  const sm = metas.find((m): m is ScoresMetaRecord => m.key === 'scores')!;
  const index = time(r, 'decodeKeys', () => decodeCustomerKeys(keys));
  time(r, 'decodeScores', () => decodeScores(sm.header, scoreChunks));
  time(r, 'decodeCustomers', () => decodeCustomers(custChunks, index));
  time(r, 'decodeOrders', () => decodeOrders(orderChunks, meta.orderDict));
  store.close();
  return r;
}

/** The engine's own import, as the app runs it; the write's share from its progress reports. */
async function engineImport(): Promise<unknown> {
  const files = await Promise.all(['customers.csv', 'orders.csv'].map(async (f) =>
    new File([await (await fetch(`/data/${f}`)).blob()], f)));
  const engine = createEngine({ dbName: DB });
  const marks: [string, number][] = [];
  const t0 = performance.now();
  await engine.importFiles(files, { asOf: '2026-11-01' }, (p) => {
    if (marks.at(-1)?.[0] !== p.phase) marks.push([p.phase, performance.now() - t0]);
  });
  const r: Record<string, number> = { total: performance.now() - t0 };
  marks.forEach(([phase, at], i) => (r[phase] = (marks[i + 1]?.[1] ?? r.total) - at));
  const g = globalThis as { __saveTimings?: Record<string, number> };
  return { ...r, ...g.__saveTimings };
}

export type Command = { cmd: 'save' | 'load' | 'engine'; runs?: number; detail?: boolean; db?: string };

export function handle(msg: Command): Promise<unknown> {
  if (msg.db) DB = msg.db;
  return msg.cmd === 'save' ? save(msg.runs ?? 3) : msg.cmd === 'engine' ? engineImport() : load(msg.detail ?? true);
}

// In a worker, messages drive it; on a page (to profile through CDP), bench/store-browser.mjs imports `handle`.
if (typeof window === 'undefined') {
  self.onmessage = async (e: MessageEvent<Command>) => {
    try {
      postMessage({ ok: true, result: await handle(e.data) });
    } catch (error) {
      postMessage({ ok: false, error: String(error instanceof Error ? error.stack : error) });
    }
  };
}
