import type { SyncProblem } from '../../../core/sync/sync-error.ts';

type Translate = (key: 'errDamaged' | 'errTruncated' | 'errNewerMajor' | 'errNotSync' | 'errInvalid' | 'errOther', params?: Record<string, string>) => string;

/** A refused sync file in the user's words; the worker's SyncFileError carries `problem` (core/sync/sync-error.ts). */
export function syncErrorText(error: unknown, t: Translate): string {
  const e = error as { name?: string; problem?: SyncProblem; message?: string };
  const message = e?.message ?? String(error);
  switch (e?.name === 'SyncFileError' ? e.problem : undefined) {
    case 'damaged': return t('errDamaged');
    case 'truncated': return t('errTruncated');
    case 'newer-major': return t('errNewerMajor');
    case 'not-sync': return t('errNotSync');
    case 'invalid': return t('errInvalid', { message });
    default: return t('errOther', { message });
  }
}
