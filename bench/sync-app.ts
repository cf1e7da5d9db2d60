/**
 * Issue #6's targets in the app (bench/browser-bench.ts calls it with M imported): the sync file
 * exported by the engine, then merged into an empty device (the data is cleared first and comes
 * back through the merge). Worker clock from the engine where it reports one, else the page's.
 */
import type { Page } from 'playwright-core';

export interface SyncBenchResult {
  exportMs: number;
  exportRoundTripMs: number;
  bytes: number;
  previewMs: number;
  applyMs: number;
  /** previewMs + applyMs: reading, checking and planning, then backup, merge, scores and one write. */
  importMs: number;
  customers: number;
  orders: number;
}

export async function benchSyncOnPage(page: Page, opts: { log?: (line: string) => void } = {}): Promise<SyncBenchResult> {
  opts.log?.('browser: exporting the sync file and merging it into an empty device…');
  return page.evaluate(async () => {
    const engine = window.__segmentaEngine!;
    const t0 = performance.now();
    const out = await engine.exportSync();
    const exportRoundTripMs = performance.now() - t0;
    const file = new File([out.file], out.fileName);
    await engine.clear();
    const t1 = performance.now();
    const preview = await engine.previewSync(file);
    const t2 = performance.now();
    await engine.applySync(preview.planId);
    const t3 = performance.now();
    const status = await engine.status();
    return {
      exportMs: out.ms, exportRoundTripMs, bytes: out.bytes,
      previewMs: t2 - t1, applyMs: t3 - t2, importMs: t3 - t1,
      customers: status.customers, orders: status.orders,
    };
  });
}
