import type { BackupStore } from '../data/backup-store.ts';
import type { Store } from '../data/store.ts';
import type { Dataset, Settings } from '../model/dataset.ts';
import type { RfmSettings } from '../rfm/types.ts';
import { has } from '../segments/member-set.ts';
import { applyMerge } from '../sync/apply-merge.ts';
import { withDeviceId } from '../sync/device-id.ts';
import { exportSync } from '../sync/export-sync.ts';
import { scoresForDataset } from '../sync/imported-scores.ts';
import type { MergePlan } from '../sync/merge-plan.ts';
import { planMerge, type LocalData } from '../sync/plan-merge.ts';
import { readSync } from '../sync/read-sync.ts';
import { noExtras, type SyncExtras } from '../sync/sync-extras.ts';
import type { SyncApi } from '../worker/sync-api.ts';
import { computeScores } from './compute-scores.ts';
import { defaultSettings, emptyDataset } from './empty-dataset.ts';
import { currentView, type SegmentDeps } from './segment-deps.ts';

export interface SyncDeps {
  segments: SegmentDeps;
  store(): Store;
  backups(): BackupStore;
  install(ds: Dataset): void;
  rfmSettings(settings: Settings): RfmSettings;
  appVersion: string;
}

/**
 * Sync by file: export, preview (plan), apply with a backup first, restore. The merge itself is pure
 * (core/sync); here it is read from and written to the store in one transaction each way.
 */
export function syncHandlers(deps: SyncDeps): SyncApi {
  const plans = new Map<string, { plan: MergePlan; local: LocalData }>();
  let extras: SyncExtras | undefined;
  const runtime = () => deps.segments.runtime;

  async function local(): Promise<LocalData> {
    await deps.segments.ready;
    extras ??= ((await deps.store().loadSyncExtras()) as SyncExtras | undefined) ?? noExtras();
    return { ds: await withOwnDeviceId(deps.segments.dataset()), state: runtime().state, extras };
  }

  /** The device id is created once, on first need, and saved with the settings. */
  async function withOwnDeviceId(ds: Dataset): Promise<Dataset> {
    if (ds.settings.deviceId) return ds;
    const settings = withDeviceId(ds.settings);
    await deps.store().saveSettings(settings);
    const next = { ...ds, settings };
    deps.install(next);
    return next;
  }

  const exportAll = async (l: LocalData) =>
    new Response(exportSync(l.ds, l.state, { appVersion: deps.appVersion, extras: l.extras })).blob();

  /** Writes a merged (or restored) state as one transaction, re-scores, and re-evaluates segments. */
  async function install(ds: Dataset, state: LocalData['state'], nextExtras: SyncExtras, imported?: MergePlan['scores']): Promise<Dataset> {
    const scores = imported && ds.orders.length === 0
      ? scoresForDataset(imported, ds, deps.rfmSettings(ds.settings))
      : computeScores(ds, deps.rfmSettings(ds.settings));
    const next: Dataset = { ...ds, scores };
    await deps.store().saveSynced(next, { segmentState: state, syncExtras: nextExtras });
    deps.install(next);
    extras = nextExtras;
    runtime().state = state;
    runtime().view = undefined;
    await runtime().refresh(next, 'sync').catch(() => undefined);
    return next;
  }

  return {
    async exportSync(request = {}) {
      const t0 = performance.now();
      const l = await local();
      let file: Blob;
      if (request.segmentIds) {
        const view = currentView(deps.segments);
        const members: number[] = [];
        if (request.withData) {
          const sets = request.segmentIds.map((id) => view.evaluation.sets.get(id)).filter((s) => s !== undefined);
          for (let i = 0; i < l.ds.customers.length; i++) if (sets.some((s) => has(s, i))) members.push(i);
        }
        file = await new Response(exportSync(l.ds, l.state, {
          scope: { kind: 'segments', segmentIds: request.segmentIds, withData: request.withData ?? false },
          members, appVersion: deps.appVersion, extras: l.extras,
        })).blob();
      } else {
        file = await exportAll(l);
      }
      const day = new Date().toISOString().slice(0, 10);
      return { file, fileName: `segmenta-${day}.segmenta`, bytes: file.size, ms: performance.now() - t0 };
    },

    async previewSync(file) {
      const t0 = performance.now();
      const l = await local();
      const contents = await readSync(file.stream());
      const plan = planMerge(l, contents);
      const planId = crypto.randomUUID();
      plans.clear(); // one pending merge at a time: an older preview is outdated by a newer one
      plans.set(planId, { plan, local: l });
      const { envelope } = contents;
      return {
        planId, fileName: file.name, source: envelope.source, exportedAt: envelope.exportedAt, scope: envelope.scope.kind,
        summary: plan.summary, nothingToDo: plan.nothingToDo, placeholders: plan.placeholders, warnings: plan.warnings,
        ms: performance.now() - t0,
      };
    },

    async applySync(planId) {
      const t0 = performance.now();
      const pending = plans.get(planId);
      if (!pending) throw new Error('This preview is no longer current: preview the file again.');
      const l = await local();
      if (l.ds !== pending.local.ds || l.state !== pending.local.state) {
        plans.delete(planId);
        throw new Error('The data changed since the preview: preview the file again.');
      }
      const backupAt = Date.now();
      await deps.backups().save(await exportAll(l), backupAt);
      const merged = applyMerge(l, pending.plan);
      plans.delete(planId);
      const next = merged.changed ? await install(merged.ds, merged.state, merged.extras, pending.plan.scores) : l.ds;
      return { ms: performance.now() - t0, backupAt, customers: next.customers.filter((c) => !c.deleted).length };
    },

    async backupInfo() {
      const b = await deps.backups().latest();
      return b && { at: b.at, bytes: b.bytes };
    },

    async restoreBackup() {
      const backup = await deps.backups().latest();
      if (!backup) throw new Error('There is no backup to restore.');
      const l = await local();
      const contents = await readSync(backup.file.stream());
      const empty: LocalData = {
        ds: emptyDataset({ ...defaultSettings(), deviceId: l.ds.settings.deviceId }),
        state: { segments: [], schemes: [], snapshots: [] },
        extras: noExtras(),
      };
      const restored = applyMerge(empty, planMerge(empty, contents));
      plans.clear();
      await install(restored.ds, restored.state, restored.extras);
    },
  };
}
