import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { isQuotaError, StorageFullError } from '../../core/data/errors.ts';

const quota = () => new DOMException('quota', 'QuotaExceededError');

describe('quota errors', () => {
  it('are recognised raw, wrapped by Dexie, inside an abort and inside a bulk error', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('write failed', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('bulkAdd failed', { 3: new Dexie.QuotaExceededError(quota()) }))).toBe(true);
    expect(isQuotaError(new Error('outer', { cause: quota() }))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
  });

  it('are not confused with other failures', () => {
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaError(new DOMException('x', 'DataCloneError'))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('dup'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('become a message saying how much space is needed and that nothing changed', () => {
    expect(new StorageFullError(23_456_789).message).toBe(
      'Not enough storage space on this device to save the import (needs about 23.5 MB). Nothing was changed.',
    );
    expect(new StorageFullError(10).message).toContain('(needs about 0.1 MB)');
  });
});
