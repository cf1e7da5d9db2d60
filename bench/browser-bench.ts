/**
 * The browser half of `npm run bench`: the built app (dist/pwa) in headless Chromium with a fresh
 * persistent profile and real IndexedDB. Imports a dataset's customers.csv and orders.csv as
 * disk-backed File objects (picked through a file input, as a user would) into the app's own engine
 * client (`window.__segmentaEngine`), then reloads and times what the saved data costs to come back,
 * looks customers up by email and reads the storage footprint.
 *
 * bench/run.mjs bundles this file (rolldown, playwright-core external) and calls `benchBrowser`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, distPwa, e2eTmp, findChromium, requireBuild, serveStatic } from '../test/browser/harness.ts';
import { importSteps, phaseTotals, type ImportStep, type ProgressMark } from './import-steps.ts';
import { percentiles, type Percentiles } from './percentiles.ts';
import { benchSegmentsOnPage, type SegmentBenchResult } from './segments-browser.ts';
import { benchSyncOnPage, type SyncBenchResult } from './sync-app.ts';
import { benchUiOnPage, longTasksBetween, recordLongTasks, type LongTasks, type UiBenchResult } from './ui-bench.ts';
import type { EngineClient } from '../core/worker/client.ts';
import type { EngineStatus, ImportSummary } from '../core/worker/engine-api.ts';

export { percentiles, type Percentiles };

export interface BrowserBenchOptions {
  /** A generated dataset folder: customers.csv, orders.csv, meta.json. */
  data: string;
  /** Scoring date, so that the saved scores can be checked against the reference output. */
  asOf: string;
  /** SHA-256 of the canonical RFM output for this dataset, or undefined when unknown. */
  referenceSha256?: string;
  lookups?: number;
  reloads?: number;
  /** Also time an import through the app's import screen (click on Import, after the preview → status line updated). */
  uiImport?: boolean;
  /** Save 20 segments and 3 schemes and time the segment engine (default true). */
  segments?: boolean;
  /** Export the sync file and merge it into an emptied device (issue #6); default on. */
  sync?: boolean;
  /** The app's own targets: shell and dashboard after a reload, search, scrolling, recomputation (default true). */
  ui?: boolean;
  log?: (line: string) => void;
}

export interface ReloadTiming {
  /** From status().loadTimings: ms from the engine's creation in the worker. */
  scoresMs?: number;
  fullMs?: number;
  /** Page clock, navigation start → the worker script started running. */
  workerStartPageMs?: number;
  /** Page clock, navigation start → the first status() call (made as soon as the engine client exists) answered; it waits for all data. */
  fullPageMs: number;
  /** fullPageMs − (fullMs − scoresMs): when the scores were usable, on the page's clock. */
  scoresPageMs?: number;
}

export interface BrowserBenchResult {
  chromium: string;
  import: {
    /** Page clock around `await engine.importFiles(files)`: reading, parsing, merge, scoring, the IndexedDB write. */
    ms: number;
    /** The engine's own ImportSummary.ms (worker clock). */
    engineMs: number;
    /** Where the time went, from the progress reports: `reading customers.csv`, `parsing customers.csv`, …, `writing`. */
    steps: ImportStep[];
    /** The steps' ms summed per phase (reading, parsing, merging, scoring, writing). */
    phaseMs: Record<string, number>;
    summary: ImportSummary;
    status: EngineStatus;
    expectedScored: number;
    allScored: boolean;
    /** Every progress report as the page received it (the engine sends one per phase change, then at most every 50 ms). */
    progress: ProgressMark[];
    /** Main-thread long tasks (> 50 ms, PerformanceObserver 'longtask') during the import. */
    longTasks: LongTasks;
    /**
     * Resident memory of the app's renderer process, which runs the page and the engine worker
     * (/proc VmRSS before, VmHWM reset just before the import and read after it). Workers have no
     * performance.memory, so this is the closest figure to the worker's peak.
     */
    rendererMB?: { before: number; peak: number; after: number };
  };
  canonical: { ms: number; sha256: string; exact?: boolean; bytes: number };
  storage: { estimateUsage?: number; statusStorageBytes?: number };
  reloads: ReloadTiming[];
  /** Medians over the reloads; rendererPeakMB is the renderer's peak RSS during the last reload (and the lookups that follow). */
  reload: { scoresMs: number; fullMs: number; scoresPageMs?: number; fullPageMs: number; rendererPeakMB?: number };
  lookup: {
    hits: number;
    /** Round trip in the page: performance.now() around each `await engine.lookup(email, 1)`, including postMessage both ways. */
    roundTripMs: Percentiles;
    /** The same for `ping()`: the postMessage cost alone. */
    pingRoundTripMs: Percentiles;
    /** Per query: lookup round trip − median ping round trip, an estimate of the time in the worker. */
    estimatedWorkerMs: Percentiles;
  };
  /** Through the app's import screen (/import): click on Import → the status line shows the new counts (page clock). */
  uiImport?: { ms: number; status: string; note: string; longTasks: LongTasks };
  /** Issue #4's targets for the app itself: see ui-bench.ts. */
  ui?: UiBenchResult;
  /** Segments (issue #3) on the imported data: see segments-browser.ts. */
  segments?: SegmentBenchResult;
  sync?: SyncBenchResult;
}

declare global {
  interface Window {
    __bench?: { engineAt?: number; statusAt?: number; status?: EngineStatus };
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** `count` emails picked from customers.csv by a seeded generator (column 2, non-empty). */
export function pickEmails(customersCsv: string, count: number, seed = 1): string[] {
  const emails: string[] = [];
  const text = readFileSync(customersCsv, 'utf8');
  for (let i = text.indexOf('\n') + 1; i > 0 && i < text.length; ) {
    const end = text.indexOf('\n', i);
    const line = text.slice(i, end < 0 ? text.length : end);
    const email = line.split(',')[1];
    if (email && email.includes('@')) emails.push(email);
    i = end < 0 ? -1 : end + 1;
  }
  let x = seed >>> 0 || 1;
  const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => emails[Math.floor(next() * emails.length)]);
}

interface ProcessMemory {
  pid: number;
  peakMB: number;
  rssMB: number;
}

/** Peak and current RSS (MB) of this profile's renderer processes, the largest first. */
function rendererMemory(profile: string): ProcessMemory[] {
  const found = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes(profile)) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      found.push({ pid: Number(pid), peakMB: Math.round(kb('VmHWM') / 1024), rssMB: Math.round(kb('VmRSS') / 1024) });
    } catch {
      // the process ended while we looked
    }
  }
  return found.sort((a, b) => b.rssMB - a.rssMB);
}

/** Resets the peak RSS (VmHWM) of the given processes (Linux: "5" into clear_refs); returns their current RSS. */
function resetPeaks(processes: ProcessMemory[]): ProcessMemory[] {
  for (const p of processes) {
    try {
      writeFileSync(`/proc/${p.pid}/clear_refs`, '5');
    } catch {
      // not allowed or gone: the peak then covers the process's whole life
    }
  }
  return processes;
}

/** The renderer with the highest peak since the last reset (the app's: it holds the dataset). */
const busiestRenderer = (profile: string) => rendererMemory(profile).sort((a, b) => b.peakMB - a.peakMB)[0];

function engineWorker(page: Page): Worker | undefined {
  return page.workers().find((w) => !w.url().includes('sw.js'));
}

/** Resolves with the engine worker once the page has started it. */
async function waitForEngineWorker(page: Page): Promise<Worker> {
  return engineWorker(page) ?? (await page.waitForEvent('worker', { timeout: 30_000 }));
}

/** Navigation start → the engine client's first status() answer, recorded by the init script below. */
async function waitForFirstStatus(page: Page): Promise<{ statusAt: number; status: EngineStatus }> {
  await page.waitForFunction(() => window.__bench?.statusAt !== undefined, undefined, { timeout: 120_000, polling: 20 });
  return page.evaluate(() => ({ statusAt: window.__bench!.statusAt!, status: window.__bench!.status! }));
}

export async function benchBrowser(opts: BrowserBenchOptions): Promise<BrowserBenchResult> {
  const log = opts.log ?? (() => {});
  const meta = JSON.parse(readFileSync(join(opts.data, 'meta.json'), 'utf8')) as { buyers: number; customers: number; orders_clean: number };
  const server = await serveStatic(requireBuild(distPwa));
  const profile = join(e2eTmp, 'bench', `profile-${process.pid}`);
  await rm(profile, { recursive: true, force: true });
  await mkdir(profile, { recursive: true });
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
    await context.addInitScript(recordLongTasks);
    // As soon as main.tsx publishes the engine client, ask for status(): it answers once all saved data is loaded.
    await context.addInitScript(() => {
      let engine: EngineClient | undefined;
      window.__bench = {};
      Object.defineProperty(window, '__segmentaEngine', {
        configurable: true,
        get: () => engine,
        set(e: EngineClient) {
          engine = e;
          window.__bench!.engineAt = performance.now();
          void e.status().then((s) => Object.assign(window.__bench!, { statusAt: performance.now(), status: s }));
        },
      });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1] ?? '?';

    await page.goto(server.url);
    const first = await waitForFirstStatus(page);
    if (first.status.customers !== 0) throw new Error('the fresh profile is not empty');
    await waitForEngineWorker(page);

    // Disk-backed File objects, as from a user's pick; the app's own input is left alone.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      input.id = 'bench-files';
      input.hidden = true;
      document.body.append(input);
    });
    await page.setInputFiles('#bench-files', [join(opts.data, 'customers.csv'), join(opts.data, 'orders.csv')]);

    log('browser: importing…');
    const before = resetPeaks(rendererMemory(profile));
    const imported = await page.evaluate(async (asOf) => {
      const engine = window.__segmentaEngine!;
      const files = [...(document.getElementById('bench-files') as HTMLInputElement).files!];
      const progress: ProgressMark[] = [];
      const t0 = performance.now();
      const summary = await engine.importFiles(files, { asOf }, (p) => {
        progress.push({ ...p, atMs: performance.now() - t0 });
      });
      const t1 = performance.now();
      return { ms: t1 - t0, t0, t1, summary, progress, status: await engine.status() };
    }, opts.asOf);
    const importLongTasks = await longTasksBetween(page, imported.t0, imported.t1);
    const renderer = busiestRenderer(profile);
    const steps = importSteps(imported.progress, imported.summary.files.map((f) => f.name), imported.ms);
    log(`browser: imported in ${Math.round(imported.ms)} ms`);

    const canonical = await page.evaluate(async () => {
      const t0 = performance.now();
      const csv = await window.__segmentaEngine!.canonicalRfmCsv();
      const ms = performance.now() - t0;
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(csv));
      return { ms, bytes: csv.length, sha256: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('') };
    });
    const storage = await page.evaluate(async () => ({
      estimateUsage: (await navigator.storage.estimate()).usage,
      statusStorageBytes: (await window.__segmentaEngine!.status()).storageBytes,
    }));

    const reloads: ReloadTiming[] = [];
    let reloadPeak: ProcessMemory | undefined;
    for (let i = 0; i < (opts.reloads ?? 3); i++) {
      resetPeaks(rendererMemory(profile));
      await page.reload({ waitUntil: 'commit' });
      const { statusAt, status } = await waitForFirstStatus(page);
      const w = await waitForEngineWorker(page);
      const origins = await Promise.all([page.evaluate(() => performance.timeOrigin), w.evaluate(() => performance.timeOrigin).catch(() => undefined)]);
      const { scoresMs, fullMs } = status.loadTimings ?? {};
      reloads.push({
        scoresMs,
        fullMs,
        workerStartPageMs: origins[1] === undefined ? undefined : origins[1] - origins[0],
        fullPageMs: statusAt,
        scoresPageMs: scoresMs !== undefined && fullMs !== undefined ? statusAt - (fullMs - scoresMs) : undefined,
      });
      if (status.scored !== imported.status.scored) throw new Error(`after a reload ${status.scored} scored, expected ${imported.status.scored}`);
      reloadPeak = busiestRenderer(profile);
    }
    log(`browser: reloaded ${reloads.length}×`);

    const emails = pickEmails(join(opts.data, 'customers.csv'), opts.lookups ?? 1000);
    const looked = await page.evaluate(async (emails) => {
      const engine = window.__segmentaEngine!;
      for (const e of emails.slice(0, 50)) await engine.lookup(e, 1); // warm-up
      const lookup: number[] = [];
      const ping: number[] = [];
      let hits = 0;
      for (const e of emails) {
        let t = performance.now();
        await engine.ping();
        ping.push(performance.now() - t);
        t = performance.now();
        const rows = await engine.lookup(e, 1);
        lookup.push(performance.now() - t);
        if (rows[0]?.email === e) hits++;
      }
      return { lookup, ping, hits };
    }, emails);
    const pingMedian = median(looked.ping);

    // Segments before the app's own import, which clears the data; the worker restarted with the reloads above.
    const segments = opts.segments === false ? undefined : await benchSegmentsOnPage(page, { log });
    const ui = opts.ui === false ? undefined : await benchUiOnPage(page, server.url, emails, { log });
    // Last before the app's own import: the merge replaces the data with itself.
    const sync = opts.sync === false ? undefined : await benchSyncOnPage(page, { log });

    let uiImport: BrowserBenchResult['uiImport'];
    if (opts.uiImport) {
      log('browser: importing again through the app’s import screen…');
      await page.evaluate(() => window.__segmentaEngine!.clear());
      await page.goto(new URL('import', server.url).href);
      await waitForFirstStatus(page);
      // The status line changes once, when the app refreshes after the import (it scores as of today).
      await page.waitForFunction(() => document.querySelector('[data-testid=status]')?.textContent?.startsWith('0 customers'));
      await page.evaluate(() => {
        const b = window.__bench as Record<string, number>;
        // The import starts when the user, having seen the files' previews, clicks Import.
        document.addEventListener('click', (e) => {
          if ((e.target as Element).closest('.import-screen button.primary')) b.changeAt = performance.now();
        }, { capture: true });
        const status = document.querySelector('[data-testid=status]')!;
        const empty = status.textContent;
        new MutationObserver(() => {
          if (b.changeAt !== undefined && status.textContent !== empty) b.shownAt ??= performance.now();
        }).observe(status, { childList: true, characterData: true, subtree: true });
      });
      await page.locator('.import-screen input[type=file]').setInputFiles([join(opts.data, 'customers.csv'), join(opts.data, 'orders.csv')]);
      await page.getByRole('button', { name: 'Import 2 files' }).click({ timeout: 120_000 });
      await page
        .waitForFunction(() => (window.__bench as Record<string, number>).shownAt !== undefined, undefined, { timeout: 120_000, polling: 50 })
        .catch(async (error: unknown) => {
          const seen = await page.locator('[data-testid=status], .summary, .error').allTextContents();
          throw new Error(`the app's import did not update the status line: ${seen.join(' | ')}`, { cause: error });
        });
      const t = await page.evaluate(() => window.__bench as Record<string, number>);
      uiImport = {
        ms: t.shownAt - t.changeAt,
        longTasks: await longTasksBetween(page, t.changeAt, t.shownAt),
        status: (await page.getByTestId('status').textContent()) ?? '',
        note: (await page.locator('.summary, .error').allTextContents()).join(' '),
      };
    }

    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    const mid = <K extends keyof ReloadTiming>(k: K) => median(reloads.map((r) => r[k] as number));
    return {
      chromium: version,
      import: {
        ms: imported.ms,
        engineMs: imported.summary.ms,
        steps,
        phaseMs: phaseTotals(steps),
        summary: imported.summary,
        status: imported.status,
        expectedScored: meta.buyers,
        allScored: imported.status.scored === meta.buyers && imported.status.customers === meta.customers,
        progress: imported.progress,
        longTasks: importLongTasks,
        rendererMB: renderer && {
          before: before.find((p) => p.pid === renderer.pid)?.rssMB ?? 0,
          peak: renderer.peakMB,
          after: renderer.rssMB,
        },
      },
      canonical: { ...canonical, exact: opts.referenceSha256 ? canonical.sha256 === opts.referenceSha256 : undefined },
      storage,
      reloads,
      reload: {
        scoresMs: mid('scoresMs'),
        fullMs: mid('fullMs'),
        scoresPageMs: reloads.every((r) => r.scoresPageMs !== undefined) ? mid('scoresPageMs') : undefined,
        fullPageMs: mid('fullPageMs'),
        rendererPeakMB: reloadPeak?.peakMB,
      },
      lookup: {
        hits: looked.hits,
        roundTripMs: percentiles(looked.lookup),
        pingRoundTripMs: percentiles(looked.ping),
        estimatedWorkerMs: percentiles(looked.lookup.map((x) => Math.max(0, x - pingMedian))),
      },
      uiImport,
      segments,
      ui,
      sync,
    };
  } finally {
    await context?.close();
    await server.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => {});
  }
}
