/** Sync by file (issue #6), as the PWA's sync screen and the extension's manager page see it. */
import type { KindSummary, MergeKind } from '../sync/merge-plan.ts';

export type { KindSummary, MergeKind };

export interface SyncExportRequest {
  /** Only these segments (default: everything). */
  segmentIds?: string[];
  /** With chosen segments: also their members' customers and orders. */
  withData?: boolean;
}

export interface SyncExportFile {
  file: Blob;
  fileName: string;
  bytes: number;
  ms: number;
}

/** What merging a file would change, for the user to confirm (nothing is changed yet). */
export interface SyncPreview {
  planId: string;
  fileName: string;
  source: { app: string; appVersion: string; deviceId: string };
  exportedAt: number;
  scope: 'all' | 'segments' | 'scores';
  summary: Record<MergeKind, KindSummary>;
  nothingToDo: boolean;
  placeholders: number;
  warnings: string[];
  ms: number;
}

export interface SyncApplied {
  ms: number;
  /** When the backup of the data before the merge was taken (restore it with restoreBackup). */
  backupAt: number;
  customers: number;
}

export interface BackupInfo {
  at: number;
  bytes: number;
}

export interface SyncApi {
  /** A `.segmenta` file of everything, or of chosen segments. */
  exportSync(request?: SyncExportRequest): Promise<SyncExportFile>;
  /** Reads and checks a sync file and plans its merge; throws SyncFileError (with `problem`) for a damaged or too new file. */
  previewSync(file: File): Promise<SyncPreview>;
  /** Backs the data up, then merges as previewed, in one transaction; refuses a plan the data moved on from. */
  applySync(planId: string): Promise<SyncApplied>;
  backupInfo(): Promise<BackupInfo | undefined>;
  /** Replaces the data with the backup taken before the last merge. */
  restoreBackup(): Promise<void>;
}
