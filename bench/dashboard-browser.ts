/**
 * Dashboard drawing time (issue #4 target: ≤ 800 ms with M loaded), on a page whose engine already holds
 * the data. "Drawn" = every panel has its answer on screen: headline metrics, the heat map, segment sizes,
 * sizes over time (or its hint) and movement (or its hint); no "Loading…" left.
 */
import type { Page } from 'playwright-core';

export interface DashboardBenchResult {
  /** From a click on the Dashboard link (another screen open, worker warm) to the dashboard drawn. */
  navigateMs: number[];
  /** From a reload of `/` (worker restarts and reads IndexedDB) to the dashboard drawn. */
  reloadMs: number;
}

const DRAWN = () => {
  const grid = document.querySelector('.dashboard-grid');
  return !!grid && !!grid.querySelector('[data-testid="heat-map"]') && !!grid.querySelector('[data-testid="metrics"]') &&
    grid.querySelectorAll('.panel').length === 5 && ![...grid.querySelectorAll('.panel p')].some((p) => /^(Loading|Загрузка)…$/.test(p.textContent ?? ''));
};

export async function benchDashboardOnPage(page: Page, base: string, runs = 5): Promise<DashboardBenchResult> {
  await page.goto(new URL('/', base).href);
  await page.waitForFunction(DRAWN, undefined, { timeout: 120_000 });
  const reloadMs = await page.evaluate(() => performance.now());
  const navigateMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.getByRole('navigation').locator('a[href="/schemes"]').click();
    await page.waitForFunction(() => !document.querySelector('.dashboard-grid'));
    const ms = await page.evaluate((drawn) => new Promise<number>((resolve) => {
      // The check is passed as source: this runs in the page.
      const isDrawn = new Function(`return (${drawn})()`) as () => boolean;
      const t0 = performance.now();
      (document.querySelector('nav a[href="/"]') as HTMLAnchorElement).click();
      const tick = () => (isDrawn() ? requestAnimationFrame(() => resolve(performance.now() - t0)) : requestAnimationFrame(tick));
      tick();
    }), DRAWN.toString());
    navigateMs.push(ms);
  }
  return { navigateMs, reloadMs };
}
