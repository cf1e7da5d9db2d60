import type { ImportProgress } from '../import/types.ts';

const EVERY_MS = 50;

export interface ProgressReporter {
  (p: ImportProgress): void;
  /**
   * A report awaited until the page has handled it: the last one, so that it arrives before the
   * result, and the start of the write, so that the page shows it while the write runs.
   */
  settled(p: ImportProgress): Promise<void>;
}

/**
 * Forwards progress at most every 50 ms and on every phase change: across Comlink each call is a
 * message, and a million rows must not become a million messages.
 */
export function progressReporter(onProgress?: (p: ImportProgress) => unknown): ProgressReporter {
  let last = 0;
  let phase = '';
  const report = ((p: ImportProgress) => {
    const now = performance.now();
    if (!onProgress || (p.phase === phase && now - last < EVERY_MS)) return;
    last = now;
    phase = p.phase;
    void Promise.resolve(onProgress(p)).catch(() => undefined);
  }) as ProgressReporter;
  report.settled = async (p) => {
    phase = p.phase;
    last = performance.now();
    await onProgress?.(p);
  };
  return report;
}
