import { computeScores, localToday } from './compute-scores.ts';
import { customerRow } from './customer-row.ts';
import { emptyDataset } from './empty-dataset.ts';
import { LookupIndex } from './lookup-index.ts';
import { progressReporter } from './progress-reporter.ts';
import { openStore, type Store } from '../data/store.ts';
import { mergeImports } from '../import/merge.ts';
import { readImport } from '../import/read-import.ts';
import { formatCanonicalRfm } from '../rfm/canonical-csv.ts';
import type { Dataset, Settings } from '../model/dataset.ts';
import type { ImportProgress } from '../import/types.ts';
import type { CustomerRow, EngineApi, ImportSummary } from '../worker/engine-api.ts';

export interface EngineOptions {
  /** IndexedDB database name (tests use their own). */
  dbName?: string;
  /** Time origin for load timings (ms, performance.now() scale). */
  startedAt?: number;
}

/** An import cancelled by the user: nothing was written. */
export class ImportCancelledError extends Error {
  constructor() {
    super('Import cancelled: nothing was changed.');
    this.name = 'ImportCancelledError';
  }
}

/**
 * The engine behind the worker: holds the dataset in memory, persists it through core/data, and runs
 * imports as read → merge → score → one atomic write. A failure or a cancel at any point leaves both
 * the stored and the in-memory data as they were.
 */
export function createEngine(options: EngineOptions = {}): EngineApi {
  const startedAt = options.startedAt ?? performance.now();
  const timings: { scoresMs?: number; fullMs?: number } = {};
  let ds: Dataset = emptyDataset();
  let index = new LookupIndex([]);
  let byMonetary: number[] | undefined;
  let current: AbortController | undefined;
  let store: Store | undefined;

  const ready = (async () => {
    store = await openStore(options.dbName);
    const early = await store.loadScoresFirst();
    if (!early) {
      ds = emptyDataset((await store.loadSettings()) ?? undefined);
      timings.scoresMs = timings.fullMs = performance.now() - startedAt;
      return;
    }
    timings.scoresMs = performance.now() - startedAt;
    const full = await early.full;
    if (!full.scores) full.scores = computeScores(full, rfmSettings(full.settings));
    install(full);
    timings.fullMs = performance.now() - startedAt;
  })();

  function install(next: Dataset): void {
    ds = next;
    index = new LookupIndex(ds.customers);
    byMonetary = undefined;
  }

  const live = (i: number) => !ds.customers[i].deleted;

  function ranked(): number[] {
    if (!byMonetary) {
      const m = ds.scores?.input.monetary;
      byMonetary = ds.customers.map((_, i) => i).filter(live);
      if (m) byMonetary.sort((a, b) => m[b] - m[a] || a - b);
    }
    return byMonetary;
  }

  return {
    async ping() {
      return 'pong';
    },

    async status() {
      await ready;
      return {
        customers: ds.customers.filter((c) => !c.deleted).length,
        orders: ds.orders.length,
        scored: ds.scores?.scores.scored ?? 0,
        lastImportAt: ds.imports.at(-1)?.importedAt,
        storageBytes: (await store!.estimateFootprint()).usage,
        asOf: ds.scores?.scores.settings.asOf,
        loadTimings: { ...timings },
      };
    },

    async importFiles(files, opts, onProgress) {
      const t0 = performance.now();
      current?.abort();
      const ctrl = new AbortController();
      current = ctrl;
      const report = progressReporter(onProgress);
      const { signal } = ctrl;
      try {
        await ready;
        signal.throwIfAborted();
        const parsed = [];
        for (const file of files) {
          report({ phase: 'reading', rowsRead: 0, rowsWritten: 0 });
          const bytes = new Uint8Array(await file.arrayBuffer());
          signal.throwIfAborted();
          parsed.push(
            await readImport(bytes, file.name, {
              signal,
              onProgress: report,
              dialect: opts.dateOrder ? { dateOrder: opts.dateOrder } : undefined,
              defaultPhoneCountry: ds.settings.defaultPhoneCountry,
            }),
          );
        }
        const { dataset, records } = await mergeImports(ds, parsed, { signal, onProgress: report });
        report({ phase: 'scoring', rowsRead: dataset.orders.length, rowsWritten: 0 });
        const settings: Settings = opts.asOf
          ? { ...dataset.settings, asOfFollowsToday: false, rfm: { ...dataset.settings.rfm, asOf: opts.asOf } }
          : dataset.settings;
        const next: Dataset = { ...dataset, settings, scores: computeScores(dataset, rfmSettings(settings)) };
        signal.throwIfAborted();
        report({ phase: 'writing', rowsRead: next.orders.length, rowsWritten: 0 });
        await store!.saveAll(next);
        install(next);
        await report.final({ phase: 'done', rowsRead: next.orders.length, rowsWritten: next.orders.length + next.customers.length, fraction: 1 });
        const summary: ImportSummary = {
          files: records.map((r) => ({
            name: r.fileName,
            source: r.source,
            rows: r.counts.rows,
            customersNew: r.counts.customersNew,
            customersMerged: r.counts.customersMerged,
            ordersNew: r.counts.ordersNew,
            ordersDuplicate: r.counts.ordersDuplicate,
            rejected: r.counts.rejected,
          })),
          ms: performance.now() - t0,
        };
        return summary;
      } catch (error) {
        if (signal.aborted) throw new ImportCancelledError();
        throw error;
      } finally {
        if (current === ctrl) current = undefined;
      }
    },

    async cancelImport() {
      current?.abort();
    },

    async listCustomers({ offset, limit, search }) {
      await ready;
      const all = search ? index.find(search, 1000) : ranked();
      return { total: all.length, rows: all.slice(offset, offset + limit).map((i) => customerRow(ds, i)) };
    },

    async lookup(query, limit = 20): Promise<CustomerRow[]> {
      await ready;
      return index.find(query, limit).map((i) => customerRow(ds, i));
    },

    async canonicalRfmCsv() {
      await ready;
      const scores = ds.scores ?? computeScores(ds, rfmSettings(ds.settings));
      return formatCanonicalRfm(ds.customers.map((c) => c.id), scores.input, scores.scores);
    },

    async clear() {
      await ready;
      current?.abort();
      await store!.clear();
      install(emptyDataset());
    },
  };
}

/** The RFM settings in force: the as-of date follows today unless the user fixed it. */
function rfmSettings(settings: Settings) {
  return settings.asOfFollowsToday === false ? settings.rfm : { ...settings.rfm, asOf: localToday() };
}

export type { ImportProgress };
