import type { FileOverrides, ImportPreview } from '../../../core/worker/engine-api.ts';
import type { WorkerError } from './import-error-text.ts';

/** One picked file in the wizard: its preview (or why it cannot be imported) and the user's corrections. */
export interface ImportEntry {
  key: number;
  file: File;
  preview?: ImportPreview;
  error?: WorkerError;
  overrides: FileOverrides;
  /** The engine refused the file until its date order is chosen. */
  needsDateOrder?: boolean;
}

/** The sample did not decide between day-first and month-first dates, and the user has not chosen. */
export const dateUndecided = (e: ImportEntry): boolean =>
  !e.overrides.dateOrder && !!e.preview && !e.preview.dialect.dateOrder && e.preview.dialect.dateOrderCandidates.length > 1;

/** The overrides to send for every importable file, by name. */
export function overridesByName(entries: readonly ImportEntry[]): Record<string, FileOverrides> {
  const out: Record<string, FileOverrides> = {};
  for (const e of entries) if (e.preview) out[e.file.name] = e.overrides;
  return out;
}
