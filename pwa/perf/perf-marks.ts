/**
 * Performance marks the benchmark reads (bench/ui-bench.ts) through `performance.getEntriesByName`:
 * the app shell interactive, the dashboard drawn.
 */
export const SHELL_INTERACTIVE = 'segmenta:shell-interactive';
export const DASHBOARD_DRAWN = 'segmenta:dashboard-drawn';

export function mark(name: string): void {
  // Older engines or a full performance buffer must never break the app.
  try {
    performance.mark(name);
  } catch {
    // nothing to record
  }
}
