import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { closeChromium, distPwa, launchChromium, requireBuild, serveStatic, type StaticServer } from './harness.ts';

// The one-click demo (issue #4): a fresh profile, one click, and the app is full of scored customers.
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
const tableRows = () => page.getByRole('table', { name: 'Customers' }).locator('tbody tr');

describe('the Load demo data button', () => {
  it('is there on an empty app', async () => {
    await expect.poll(statusText).toBe('0 customers · 0 orders · 0 scored');
    expect(await demoButton().isEnabled()).toBe(true);
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
    await expect.poll(() => tableRows().count()).toBe(50);
    const summary = (await page.locator('.summary').textContent()) ?? '';
    expect(summary).toMatch(/^Imported 110,000 rows from 2 files in [\d.]+ s\.$/);
    console.log(`demo loaded in ${elapsed} ms from the click (${summary})`);
    const firstRow = await tableRows().first().locator('td').allTextContents();
    expect(firstRow[0]).toMatch(/^DEMO-C\d+$/);
    expect(firstRow.at(-1)).not.toBe('');
    expect(await demoButton().isEnabled()).toBe(true);
  });

  it('finds the demo again after a reload', async () => {
    await page.reload();
    await expect.poll(statusText).toMatch(/^10,000 customers · 100,000 orders · [\d,]+ scored$/);
    await expect.poll(() => tableRows().count()).toBe(50);
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
