import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { closeChromium, distPwa, launchChromium, requireBuild, serveStatic, type StaticServer } from './harness.ts';

// The one-click demo (issue #4): a fresh profile, the first-run panel's button, and the app is full of scored customers.
let server: StaticServer;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await serveStatic(requireBuild(distPwa));
  context = await launchChromium('demo');
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url);
});

afterAll(async () => {
  await closeChromium(context);
  await server?.close();
});

const statusText = () => page.getByTestId('status').textContent();
const demoButton = () => page.getByRole('button', { name: 'Load demo data' });
const heatMap = () => page.getByTestId('heat-map');
/** The biggest spender, through the page's engine (the dashboard has no customer table). */
const firstCustomer = () => page.evaluate(async () => (await window.__segmentaEngine!.listCustomers({ offset: 0, limit: 50 })).rows);

describe('the Load demo data button', () => {
  it('is there on an empty app, beside the way to import your own files', async () => {
    await expect.poll(statusText).toBe('0 customers · 0 orders · 0 scored');
    expect(await demoButton().isEnabled()).toBe(true);
    expect(await page.getByRole('link', { name: 'Import your own files' }).getAttribute('href')).toBe('/import');
  });

  it('can be cancelled like an import, leaving the app empty', async () => {
    await demoButton().click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Import cancelled: nothing was changed.');
    expect(await statusText()).toBe('0 customers · 0 orders · 0 scored');
  });

  it('fills the app with 10,000 scored customers and 100,000 orders in one click', async () => {
    const started = Date.now();
    await demoButton().click();
    await page.waitForSelector('progress[aria-label="Import progress"]', { state: 'attached' });
    expect(await demoButton().isDisabled()).toBe(true);
    await expect.poll(statusText, { timeout: 60_000 }).toMatch(/^10,000 customers · 100,000 orders · [\d,]+ scored$/);
    const elapsed = Date.now() - started;
    const scored = Number((await statusText())!.match(/([\d,]+) scored/)![1].replace(/,/g, ''));
    expect(scored).toBeGreaterThan(8_500);
    expect(scored).toBeLessThan(9_500);
    const summary = (await page.locator('.summary').textContent()) ?? '';
    expect(summary).toMatch(/^Imported 110,000 rows from 2 files in [\d.]+ s\.$/);
    console.log(`demo loaded in ${elapsed} ms from the click (${summary})`);
    const rows = await firstCustomer();
    expect(rows).toHaveLength(50);
    expect(rows[0].id).toMatch(/^DEMO-C\d+$/);
    expect(rows[0].segment).toBeTruthy();
    // The first-run panel gives way to the dashboard.
    await heatMap().waitFor();
    expect(await demoButton().count()).toBe(0);
  });

  it('finds the demo again after a reload', async () => {
    await page.reload();
    await expect.poll(statusText).toMatch(/^10,000 customers · 100,000 orders · [\d,]+ scored$/);
    await heatMap().waitFor();
    expect(await firstCustomer()).toHaveLength(50);
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
