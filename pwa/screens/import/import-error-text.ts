import type { Translate } from '../../i18n/i18n-context.tsx';
import { importMessages, type ImportMessage } from './import-messages.ts';

/** An error from the worker as it arrives: ImportError keeps `code` (core/worker/error-transfer.ts). */
export interface WorkerError { name?: string; message: string; code?: string }

export function asWorkerError(error: unknown): WorkerError {
  if (error instanceof Error) return { name: error.name, message: error.message, code: (error as { code?: unknown }).code as string | undefined };
  return { message: String(error) };
}

/**
 * Why a file cannot be imported, in the UI's language: English shows the engine's own sentence (it
 * names lines and hints at the fix); Russian its translation by code, else the engine's sentence.
 */
export function importErrorText(error: WorkerError, t: Translate<ImportMessage>): string {
  const key = `err_${error.code ?? ''}`;
  if (t.lang !== 'en' && key in importMessages.en) return t(key as ImportMessage);
  return error.message;
}
