import { computeScores, localToday } from './compute-scores.ts';
import { customerCard } from './customer-card.ts';
import { customerRow } from './customer-row.ts';
import { settingsProblems, SettingsError } from './settings-check.ts';
import { emptyDataset } from './empty-dataset.ts';
import { LookupIndex } from './lookup-index.ts';
import { progressReporter } from './progress-reporter.ts';
import { readSources } from './read-sources.ts';
import { mergeCampaignFile } from './campaign-source.ts';
import { demoSources, fileSource, type FileLoader, type ImportSource } from './import-source.ts';
import { openStore, type Store } from '../data/store.ts';
import { segmentDefinitionHandlers } from './segment-handlers.ts';
import { segmentMemberHandlers } from './member-handlers.ts';
import { schemeHandlers } from './scheme-handlers.ts';
import { segmentContext } from './segment-context.ts';
import { segmentInsightHandlers } from './segment-insights.ts';
import { segmentMapHandlers } from './segment-map-handlers.ts';
import { SegmentRuntime } from './segment-runtime.ts';
import { syncHandlers } from './sync-handlers.ts';
import { openBackupStore, type BackupStore } from '../data/backup-store.ts';
import { DEFAULT_DB_NAME } from '../data/db.ts';
import { currentView } from './segment-deps.ts';
import { has } from '../segments/member-set.ts';
import { mergeImports } from '../import/merge.ts';
import { inspectImport } from '../import/read-import.ts';
import { rejectedRowsCsv } from '../import/rejected-csv.ts';
import { formatCanonicalRfm } from '../rfm/canonical-csv.ts';
import type { Dataset, Settings } from '../model/dataset.ts';
import type { ImportRecord } from '../model/import-record.ts';
import type { ImportProgress } from '../import/types.ts';
import type { CustomerRow, EngineApi, FileOverrides, ImportOptions, ImportSummary } from '../worker/engine-api.ts';

export interface EngineOptions {
  /** IndexedDB database name (tests use their own). */
  dbName?: string;
  /** Time origin for load timings (ms, performance.now() scale). */
  startedAt?: number;
  /** Reads and hashes imported files off this thread (the worker passes one); without it both happen here. */
  loadFile?: FileLoader;
}

declare const __SEGMENTA_VERSION__: string | undefined;
const APP_VERSION = typeof __SEGMENTA_VERSION__ === 'string' ? __SEGMENTA_VERSION__ : 'dev';

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
  let lookupIndex: LookupIndex | undefined;
  let indexBuild: { customers: Dataset['customers']; done: Promise<LookupIndex>; pace: { hurry: boolean } } | undefined;
  let byMonetary: number[] | undefined;
  let current: AbortController | undefined;
  let store: Store | undefined;
  let runtime: SegmentRuntime | undefined;

  const ready = (async () => {
    store = await openStore(options.dbName);
    runtime = new SegmentRuntime(store);
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

  // Segments load and evaluate after the data is usable, so that RFM look-ups never wait for them; a
  // new day (as-of date) that moved customers records a snapshot.
  const segmentsReady = ready.then(async () => {
    // One task later, so that requests which came in while the data loaded (the dashboard's) go first.
    await nextTask();
    await runtime!.load();
    if (ds.scores && ds.customers.length) await runtime!.refresh(scored(), 'load');
  });
  segmentsReady.catch(() => undefined);
  // The look-up index is built after the first answers, in slices, so that the first search finds it ready.
  void segmentsReady.finally(buildIndexSoon).catch(() => undefined);

  /**
   * Re-evaluates segments after a change that is already saved. A failure here (a full disk for the
   * snapshot, say) must not turn a saved import into an error: the next evaluation catches up.
   */
  async function refreshSegments(next: Dataset, reason: 'import' | 'settings' | 'recompute'): Promise<void> {
    try {
      await segmentsReady;
      await runtime!.refresh(next, reason);
    } catch (error) {
      console.warn(`Segments were not re-evaluated after the ${reason}; they will be on the next change.`, error);
      runtime!.view = undefined;
    }
  }

  /** The dataset with scores (an empty dataset is scored on first use). */
  function scored(): Dataset {
    if (!ds.scores) install({ ...ds, scores: computeScores(ds, rfmSettings(ds.settings)) });
    return ds;
  }

  function install(next: Dataset): void {
    // New settings or scores leave the customers as they were: their look-up index still holds.
    if (next.customers !== ds.customers) lookupIndex = undefined;
    ds = next;
    byMonetary = undefined;
  }

  /** Starts building the current customers' look-up index in the background (slices between other requests). */
  function buildIndexSoon(): void {
    const customers = ds.customers;
    if (lookupIndex || indexBuild?.customers === customers) return;
    // Slices wait for a later task (other requests go first) until a search needs the index: then they run straight on.
    const pace = { hurry: false };
    const done = LookupIndex.build(customers, () => (pace.hurry ? Promise.resolve() : nextTask()));
    indexBuild = { customers, done, pace };
    done.then((built) => {
      if (ds.customers === customers) lookupIndex ??= built;
      if (indexBuild?.done === done) indexBuild = undefined;
    }, () => undefined);
  }

  /** The look-up index, waiting for a background build of the current customers rather than starting over. */
  async function searchIndex(): Promise<LookupIndex> {
    const building = indexBuild;
    if (!lookupIndex && building?.customers === ds.customers) {
      building.pace.hurry = true;
      await building.done;
    }
    return index();
  }

  const live = (i: number) => !ds.customers[i].deleted;
  /** Built in the background after a load or an import, else on first use, so an edit answers without re-indexing 100k customers. */
  const index = () => (lookupIndex ??= new LookupIndex(ds.customers));

  function ranked(): number[] {
    if (!byMonetary) {
      const m = ds.scores?.input.monetary;
      byMonetary = ds.customers.map((_, i) => i).filter(live);
      if (m) byMonetary.sort((a, b) => m[b] - m[a] || a - b);
    }
    return byMonetary;
  }

  /** One import run for a user's files and the demo alike: read → merge → score → one atomic write, cancellable. */
  async function importSources(sources: ImportSource[], opts: ImportOptions, onProgress?: (p: ImportProgress) => void): Promise<ImportSummary> {
    const t0 = performance.now();
    current?.abort();
    const ctrl = new AbortController();
    current = ctrl;
    const report = progressReporter(onProgress);
    const { signal } = ctrl;
    try {
      await ready;
      signal.throwIfAborted();
      const { parsed, campaigns } = await readSources(sources, (source) => ({
        ...readOverrides({ dateOrder: opts.dateOrder, ...opts.files?.[source.name] }),
        defaultPhoneCountry: ds.settings.defaultPhoneCountry,
      }), signal, report);
      let { dataset, records } = parsed.length
        ? await mergeImports(ds, parsed, { signal, onProgress: report, consume: true })
        : { dataset: ds, records: [] as ImportRecord[] };
      for (const c of campaigns) {
        const merged = await mergeCampaignFile(dataset, c.bytes, c.name, c.hash, { signal, onProgress: report });
        dataset = merged.dataset;
        records = [...records, merged.record];
      }
      report({ phase: 'scoring', rowsRead: dataset.orders.length, rowsWritten: 0 });
      const settings: Settings = opts.asOf
        ? { ...dataset.settings, asOfFollowsToday: false, rfm: { ...dataset.settings.rfm, asOf: opts.asOf }, updatedAt: Date.now() }
        : dataset.settings;
      const next: Dataset = { ...dataset, settings, scores: computeScores(dataset, rfmSettings(settings)) };
      signal.throwIfAborted();
      await report.settled({ phase: 'writing', rowsRead: next.orders.length, rowsWritten: 0 });
      await store!.saveAll(next);
      install(next);
      await refreshSegments(next, 'import');
      buildIndexSoon();
      await report.settled({ phase: 'done', rowsRead: next.orders.length, rowsWritten: next.orders.length + next.customers.length, fraction: 1 });
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
          ...(r.counts.campaignRows ? { campaignRows: r.counts.campaignRows } : {}),
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
  }

  const segmentDeps = {
    ready: segmentsReady,
    dataReady: ready,
    dataset: scored,
    get runtime() {
      return runtime!;
    },
    row: (i: number) => customerRow(ds, i),
    index,
    ranked,
  };

  const segmentContextOf = segmentContext(segmentDeps);
  let backups: BackupStore | undefined;
  const sync = syncHandlers({
    segments: segmentDeps,
    store: () => store!,
    backups: () => (backups ??= openBackupStore(options.dbName ?? DEFAULT_DB_NAME)),
    install,
    rfmSettings,
    appVersion: APP_VERSION,
  });

  return {
    ...segmentDefinitionHandlers(segmentDeps, segmentContextOf),
    ...segmentMemberHandlers(segmentDeps, segmentContextOf),
    ...schemeHandlers(segmentDeps, segmentContextOf),
    ...sync,
    ...segmentInsightHandlers(segmentDeps),
    ...segmentMapHandlers(),

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

    importFiles: (files, opts, onProgress) => importSources(files.map((f) => fileSource(f, options.loadFile)), opts, onProgress),

    loadDemo: (onProgress) => importSources(demoSources(localToday()), {}, onProgress),

    async cancelImport() {
      current?.abort();
    },

    async listCustomers({ offset, limit, search, segmentId, cell }) {
      await ready;
      let all = search ? (await searchIndex()).find(search, 1000) : ranked();
      if (segmentId !== undefined) {
        await segmentsReady;
        const set = currentView(segmentDeps).evaluation.sets.get(segmentId);
        if (!set) throw new Error(`No segment with id ${segmentId}.`);
        all = all.filter((i) => has(set, i));
      }
      if (cell) {
        const s = ds.scores?.scores;
        all = s ? all.filter((i) => s.segment[i] >= 0 && s.r[i] === cell.r && s.fm[i] === cell.fm) : [];
      }
      return { total: all.length, rows: all.slice(offset, offset + limit).map((i) => customerRow(ds, i)) };
    },

    async lookup(query, limit = 20): Promise<CustomerRow[]> {
      await ready;
      return (await searchIndex()).find(query, limit).map((i) => customerRow(ds, i));
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
      await runtime!.load();
      runtime!.view = undefined;
    },

    async inspectFile(file, overrides = {}) {
      return inspectImport(new Uint8Array(await file.arrayBuffer()), file.name, readOverrides(overrides));
    },

    async importHistory() {
      await ready;
      return ds.imports.map(({ id, fileName, source, importedAt, counts }) => ({ id, fileName, source, importedAt, counts }));
    },

    async rejectedRowsCsv(importId) {
      await ready;
      const record = ds.imports.find((r) => r.id === importId);
      if (!record) throw new Error(`No import with id ${importId}.`);
      return rejectedRowsCsv(record.rejected, { bom: true });
    },

    async rejectedRows(importId, { offset, limit }) {
      await ready;
      const record = ds.imports.find((r) => r.id === importId);
      if (!record) throw new Error(`No import with id ${importId}.`);
      return { total: record.rejected.length, rows: record.rejected.slice(offset, offset + limit) };
    },

    async customerCard(id) {
      await ready;
      const i = indexOf(id);
      if (i === undefined) return undefined;
      await segmentsReady;
      const view = currentView(segmentDeps);
      const segments = runtime!.liveSegments()
        .filter((s) => { const set = view.evaluation.sets.get(s.id); return set !== undefined && has(set, i); })
        .map((s) => ({ id: s.id, name: s.name, ...(s.color ? { color: s.color } : {}) }));
      return { ...customerCard(ds, i), segments };
    },

    async settings() {
      await ready;
      return ds.settings;
    },

    async updateSettings(change) {
      await ready;
      const settings: Settings = {
        ...ds.settings,
        ...(change.rfm ? { rfm: change.rfm } : {}),
        ...(change.asOfFollowsToday !== undefined ? { asOfFollowsToday: change.asOfFollowsToday } : {}),
        ...(change.defaultPhoneCountry ? { defaultPhoneCountry: change.defaultPhoneCountry.toUpperCase() } : {}),
        updatedAt: Date.now(),
      };
      const problems = settingsProblems(settings);
      if (problems.length) throw new SettingsError(problems);
      const scores = computeScores(ds, rfmSettings(settings));
      await store!.saveSettings(settings);
      await store!.saveScores(scores);
      install({ ...ds, settings, scores });
      await refreshSegments(ds, 'settings');
    },

    async updateCustomer(id, edit) {
      await ready;
      const i = indexOf(id);
      if (i === undefined) throw new Error(`No customer with id ${id}.`);
      const updated = { ...ds.customers[i], ...edit, id: ds.customers[i].id, updatedAt: Date.now() };
      await store!.putCustomerEdit(i, updated);
      const customers = ds.customers.slice();
      customers[i] = updated;
      install({ ...ds, customers });
      buildIndexSoon();
      return customerRow(ds, i);
    },

    async deleteCustomer(id) {
      await ready;
      const i = indexOf(id);
      if (i === undefined) throw new Error(`No customer with id ${id}.`);
      const customers = ds.customers.slice();
      customers[i] = { ...customers[i], deleted: true, updatedAt: Date.now() };
      await store!.putCustomerEdit(i, customers[i]);
      const next = { ...ds, customers };
      next.scores = computeScores(next, rfmSettings(next.settings));
      await store!.saveScores(next.scores);
      install(next);
      await refreshSegments(next, 'recompute');
      buildIndexSoon();
    },
  };

  function indexOf(id: string): number | undefined {
    const i = ds.customers.findIndex((c) => c.id === id);
    return i < 0 || ds.customers[i].deleted ? undefined : i;
  }
}

/** Resolves on a later task: messages already queued for the worker are handled first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function readOverrides(o: FileOverrides) {
  return { importer: o.importer, mapping: o.mapping, dialect: o.dateOrder ? { dateOrder: o.dateOrder } : undefined };
}

/** The RFM settings in force: the as-of date follows today unless the user fixed it. */
function rfmSettings(settings: Settings) {
  return settings.asOfFollowsToday === false ? settings.rfm : { ...settings.rfm, asOf: localToday() };
}

export type { ImportProgress };
