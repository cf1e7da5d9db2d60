import Dexie, { type Table } from 'dexie';
import { isQuotaError, StorageFullError } from './errors.ts';

/** The copy of this device's data taken before a sync merge (issue #6: kept, restorable in one step). */
export interface Backup {
  key: 'latest';
  /** ms since epoch. */
  at: number;
  bytes: number;
  /** A sync file of everything this device held. */
  file: Blob;
}

/** Its own small database beside the main one, so that taking a backup never touches the data's schema. */
class BackupDb extends Dexie {
  backups!: Table<Backup, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ backups: 'key' });
  }
}

export interface BackupStore {
  save(file: Blob, at?: number): Promise<void>;
  latest(): Promise<Backup | undefined>;
  close(): void;
}

export function openBackupStore(dbName: string): BackupStore {
  const db = new BackupDb(`${dbName}-backup`);
  return {
    async save(file, at = Date.now()) {
      try {
        await db.backups.put({ key: 'latest', at, bytes: file.size, file });
      } catch (e) {
        if (isQuotaError(e)) throw new StorageFullError(file.size, 'keep a backup before the merge', { cause: e });
        throw e;
      }
    },
    latest: () => db.backups.get('latest'),
    close: () => db.close(),
  };
}
