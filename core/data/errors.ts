import Dexie from 'dexie';

/** The device has no room left for what was being saved; the transaction was rolled back. */
export class StorageFullError extends Error {
  constructor(
    readonly neededBytes: number,
    action = 'save the import',
    options?: { cause?: unknown },
  ) {
    const mb = Math.max(0.1, Math.ceil(neededBytes / 1e5) / 10);
    super(`Not enough storage space on this device to ${action} (needs about ${mb} MB). Nothing was changed.`, options);
    this.name = 'StorageFullError';
  }
}

/** Stored data contradicts itself (a bug or outside tampering); nothing is guessed. */
export class StoreCorruptError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreCorruptError';
  }
}

/** The data was written by a newer Segmenta than this one. */
export class StoreTooNewError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`This data was saved by a newer version of Segmenta (${detail}). Update the app to open it.`, options);
    this.name = 'StoreTooNewError';
  }
}

const QUOTA_NAMES = new Set([Dexie.errnames.QuotaExceeded, 'QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** True for a quota error however it arrives: raw DOMException, Dexie's wrapper, an abort or bulk error around it. */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (depth > 8 || e === null || typeof e !== 'object') return false;
  const err = e as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof err.name === 'string' && QUOTA_NAMES.has(err.name)) return true;
  // Old WebKit names it QUOTA_EXCEEDED_ERR; its DOMException code 22 means only that.
  if (typeof DOMException !== 'undefined' && e instanceof DOMException && e.code === 22) return true;
  if (isQuotaError(err.inner, depth + 1) || isQuotaError(err.cause, depth + 1)) return true;
  return Array.isArray(err.failures) && err.failures.some((f) => isQuotaError(f, depth + 1));
}
