/**
 * The app's own performance targets (issue #4), with M loaded, through Chromium's performance APIs:
 * the app's marks (pwa/perf/perf-marks.ts), PerformanceObserver 'longtask' entries (recorded from the
 * page's start by `recordLongTasks`, an init script) and the page clock.
 *
 * - reload: navigation start → `segmenta:shell-interactive` and → `segmenta:dashboard-drawn`, and the
 *   longest main-thread task until the dashboard is drawn; then the engine's first look-up round trip.
 * - search: on a freshly loaded customers screen, an email typed into the search box → its row in the list.
 * - scroll: the customer list scrolled through `rows` rows by scrollTop steps, one per frame.
 * - recompute: `updateSettings` (re-scoring, segments, snapshot) with the long tasks meanwhile.
 */
import type { Page } from 'playwright-core';
import { DASHBOARD_DRAWN, SHELL_INTERACTIVE } from '../pwa/perf/perf-marks.ts';
import { benchDashboardOnPage, waitForMark } from './dashboard-browser.ts';
import { percentiles, type Percentiles } from './percentiles.ts';

export interface LongTasks {
  count: number;
  longestMs: number;
}

export interface UiBenchResult {
  reloads: { shellMs: number; dashboardMs: number; longestTaskMs: number; firstLookupMs: number }[];
  /** Medians over the reloads. */
  shellMs: number;
  dashboardReloadMs: number;
  firstLookupMs: number;
  longestTaskOnReloadMs: number;
  dashboardNavigateMs: number[];
  search: { firstMs: number; ms: Percentiles; hits: number };
  scroll: { rows: number; ms: number; worstFrameMs: number; longTasks: LongTasks };
  recompute: { ms: number; longTasks: LongTasks };
}

declare global {
  interface Window {
    __longTasks?: [start: number, duration: number][];
  }
}

/** Init script: every long task of the page, on the page clock. */
export function recordLongTasks(): void {
  const tasks: [number, number][] = (window.__longTasks = []);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task API: nothing is recorded
  }
}

/** The long tasks that overlap [from, to] (page clock). Entries arrive a little late: wait a frame or two first. */
export async function longTasksBetween(page: Page, from: number, to: number): Promise<LongTasks> {
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  return page.evaluate(([a, b]) => {
    const hits = (window.__longTasks ?? []).filter(([s, d]) => s < b && s + d > a);
    return { count: hits.length, longestMs: Math.max(0, ...hits.map(([, d]) => d)) };
  }, [from, to] as const);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

export async function benchUiOnPage(page: Page, base: string, emails: string[], opts: { reloads?: number; log?: (l: string) => void } = {}): Promise<UiBenchResult> {
  const log = opts.log ?? (() => {});
  log('browser: app shell and dashboard after reloads…');
  const reloads: UiBenchResult['reloads'] = [];
  for (let i = 0; i < (opts.reloads ?? 3); i++) {
    await page.goto(new URL('/', base).href, { waitUntil: 'commit' });
    const dashboardMs = await waitForMark(page, DASHBOARD_DRAWN);
    const firstLookupMs = await page.evaluate(async (email) => {
      const t0 = performance.now();
      await window.__segmentaEngine!.lookup(email, 1);
      return performance.now() - t0;
    }, emails[i % emails.length]);
    const shellMs = await waitForMark(page, SHELL_INTERACTIVE);
    const { longestMs } = await longTasksBetween(page, 0, dashboardMs);
    reloads.push({ shellMs, dashboardMs, longestTaskMs: longestMs, firstLookupMs });
  }
  const { navigateMs } = await benchDashboardOnPage(page);

  log('browser: search and scrolling on the customers screen…');
  await page.goto(new URL('/customers', base).href);
  await page.locator('.customer-row').first().waitFor({ timeout: 120_000 });
  const typed: { ms: number; hit: boolean }[] = [];
  for (const email of emails.slice(0, 21)) {
    typed.push(await page.evaluate((email) => new Promise<{ ms: number; hit: boolean }>((resolve) => {
      const screen = document.querySelector('.customers-screen')!;
      const input = screen.querySelector<HTMLInputElement>('input[type=search]')!;
      const shown = () => [...screen.querySelectorAll('.customer-row')].some((r) => r.textContent?.includes(email));
      const t0 = performance.now();
      const done = (hit: boolean) => {
        observer.disconnect();
        clearTimeout(timer);
        resolve({ ms: performance.now() - t0, hit });
      };
      const observer = new MutationObserver(() => shown() && done(true));
      observer.observe(screen, { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(() => done(false), 10_000);
      input.value = email;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }), email));
  }
  const [first, ...rest] = typed;

  await page.goto(new URL('/customers', base).href);
  await page.locator('.customer-row').first().waitFor({ timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500))); // the look-up index and first pages settle
  const rows = 2000;
  const scrolled = await page.evaluate((rows) => new Promise<{ t0: number; t1: number; worstFrameMs: number }>((resolve) => {
    const el = document.querySelector<HTMLElement>('.customer-scroller')!;
    const rowHeight = (el.querySelector('ul')!.scrollHeight || 1) / Number(el.querySelector('li')?.getAttribute('aria-setsize') ?? 1);
    const end = rows * rowHeight;
    const t0 = performance.now();
    let last = t0;
    let worst = 0;
    const step = (now: number) => {
      worst = Math.max(worst, now - last);
      last = now;
      if (el.scrollTop >= end || el.scrollTop + el.clientHeight >= el.scrollHeight) return resolve({ t0, t1: performance.now(), worstFrameMs: worst });
      el.scrollTop += 10 * rowHeight;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }), rows);
  const scrollTasks = await longTasksBetween(page, scrolled.t0, scrolled.t1);

  log('browser: recomputation (updateSettings)…');
  const recomputed = await page.evaluate(async () => {
    const engine = window.__segmentaEngine!;
    const settings = await engine.settings();
    const t0 = performance.now();
    await engine.updateSettings({ rfm: { ...settings.rfm, asOf: '2026-10-01' } });
    const t1 = performance.now();
    await engine.updateSettings({ rfm: settings.rfm });
    return { t0, t1 };
  });
  const recomputeTasks = await longTasksBetween(page, recomputed.t0, recomputed.t1);

  const mid = (k: keyof UiBenchResult['reloads'][number]) => median(reloads.map((r) => r[k]));
  return {
    reloads,
    shellMs: mid('shellMs'),
    dashboardReloadMs: mid('dashboardMs'),
    firstLookupMs: mid('firstLookupMs'),
    longestTaskOnReloadMs: Math.max(...reloads.map((r) => r.longestTaskMs)),
    dashboardNavigateMs: navigateMs,
    search: { firstMs: first.ms, ms: percentiles(rest.map((t) => t.ms)), hits: typed.filter((t) => t.hit).length },
    scroll: { rows, ms: scrolled.t1 - scrolled.t0, worstFrameMs: scrolled.worstFrameMs, longTasks: scrollTasks },
    recompute: { ms: recomputed.t1 - recomputed.t0, longTasks: recomputeTasks },
  };
}
