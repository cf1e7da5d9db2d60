/**
 * HOOK for issue #6 (PWA ↔ extension sync): the sync file exported by the PWA is imported here once its
 * format exists. Until then such a file is recognised and refused with a clear message, and every
 * other file goes through engine.importFiles, the same import as the PWA.
 */
export const SYNC_FILE_SUFFIX = '.segmenta-sync';

export const isSyncFile = (file: File): boolean => file.name.toLowerCase().includes(SYNC_FILE_SUFFIX);

/** Issue #6 replaces this with the real import (then refreshLookups runs as after any import). */
export async function importSyncFile(_file: File): Promise<never> {
  throw new Error(chrome.i18n.getMessage('managerSyncNotYet'));
}
