/**
 * Dashboard drawing time (issue #4 target: ≤ 800 ms with M loaded), on a page whose engine already holds
 * the data. "Drawn" is the app's own `segmenta:dashboard-drawn` performance mark (pwa/screens/dashboard/
 * use-drawn-mark.ts): the frame in which no panel is loading any more (headline metrics, heat map,
 * segment sizes, sizes over time, movement, or their hints).
 */
import type { Page } from 'playwright-core';
import { DASHBOARD_DRAWN } from '../pwa/perf/perf-marks.ts';

export interface DashboardBenchResult {
  /** From a click on the Dashboard link (the schemes screen open, worker warm) to the dashboard drawn. */
  navigateMs: number[];
}

/** Waits for the page's `name` mark made after `since` (page clock) and returns its time. */
export async function waitForMark(page: Page, name: string, since = 0, timeout = 120_000): Promise<number> {
  const handle = await page.waitForFunction(
    ([n, s]) => performance.getEntriesByName(n as string, 'mark').find((m) => m.startTime >= (s as number))?.startTime,
    [name, since] as const, { timeout, polling: 10 },
  );
  return (await handle.jsonValue()) as number;
}

export async function benchDashboardOnPage(page: Page, runs = 5): Promise<DashboardBenchResult> {
  const navigateMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.locator('nav a[href="/schemes"]').first().click();
    await page.waitForFunction(() => !document.querySelector('.dashboard-grid'));
    const clickedAt = await page.evaluate(() => {
      const t0 = performance.now();
      (document.querySelector('nav a[href="/"]') as HTMLAnchorElement).click();
      return t0;
    });
    navigateMs.push((await waitForMark(page, DASHBOARD_DRAWN, clickedAt)) - clickedAt);
  }
  return { navigateMs };
}
