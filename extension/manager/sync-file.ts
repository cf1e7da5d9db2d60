/**
 * Issue #6: a `.segmenta` sync file exported by the PWA is merged here the same way as in the PWA's
 * Sync screen: previewSync (nothing changes yet) → the user confirms → applySync (backup first, one
 * transaction). The manager then refreshes the look-up snapshot, as after any import.
 */
import type { SyncProblem } from '../../core/sync/sync-error.ts';
import type { MergeKind, SyncPreview } from '../../core/worker/sync-api.ts';

/** The PWA writes `segmenta-<date>.segmenta`; `.segmenta-sync` is the name this hook first recognised. */
const SUFFIXES = ['.segmenta', '.segmenta-sync'];

export const isSyncFile = (file: File): boolean => SUFFIXES.some((s) => file.name.toLowerCase().endsWith(s));

const t = (key: string, ...substitutions: string[]) => chrome.i18n.getMessage(key, substitutions);

const KIND_KEYS: [MergeKind, string][] = [
  ['customers', 'managerSyncKindCustomers'], ['orders', 'managerSyncKindOrders'], ['segments', 'managerSyncKindSegments'],
  ['schemes', 'managerSyncKindSchemes'], ['snapshots', 'managerSyncKindSnapshots'], ['campaigns', 'managerSyncKindCampaigns'],
  ['imports', 'managerSyncKindImports'], ['settings', 'managerSyncKindSettings'],
];

/** One plain line per kind of data the merge changes (kinds it leaves alone are not listed). */
export function previewLines(preview: SyncPreview, count: (n: number) => string): string[] {
  return KIND_KEYS.flatMap(([kind, key]) => {
    const s = preview.summary[kind];
    if (!s.new && !s.updated && !s.deleted && !s.conflicts && !s.keptLocal) return [];
    return [t('managerSyncKindLine', t(key), count(s.new), count(s.updated), count(s.deleted), count(s.conflicts))];
  });
}

/** A refused sync file in the user's words (the worker keeps SyncFileError's `problem`). */
export function syncErrorMessage(error: unknown): string {
  const e = error as { name?: string; problem?: SyncProblem; message?: string };
  const message = e?.message ?? String(error);
  if (e?.name !== 'SyncFileError') return message;
  switch (e.problem) {
    case 'damaged': return t('managerSyncErrDamaged');
    case 'truncated': return t('managerSyncErrTruncated');
    case 'newer-major': return t('managerSyncErrNewerMajor');
    case 'not-sync': return t('managerSyncErrNotSync');
    default: return t('managerSyncErrOther', message);
  }
}
