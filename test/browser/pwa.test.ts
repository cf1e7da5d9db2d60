import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { closeChromium, distPwa, generateDataset, launchChromium, requireBuild, serveStatic, type StaticServer } from './harness.ts';

let server: StaticServer;
let context: BrowserContext;
let page: Page;
let data: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  data = generateDataset('e2e-1k', { customers: 1000, orders: 10000 });
  server = await serveStatic(requireBuild(distPwa));
  context = await launchChromium('pwa');
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url);
});

afterAll(async () => {
  await closeChromium(context);
  await server?.close();
});

const statusText = () => page.getByTestId('status').textContent();
const buyers = () => (JSON.parse(readFileSync(join(data, 'meta.json'), 'utf8')) as { buyers: number }).buyers.toLocaleString('en-US');
const firstEmail = () => readFileSync(join(data, 'customers.csv'), 'utf8').split('\n')[1].split(',')[1];

describe('the app page', () => {
  it('starts the engine worker and shows an empty status', async () => {
    await expect.poll(statusText).toBe('0 customers · 0 orders · 0 scored');
  });

  it('imports customer and order files through the import screen and shows their counts', async () => {
    await page.goto(new URL('import', server.url).href);
    await page.locator('input[type=file]').setInputFiles([join(data, 'customers.csv'), join(data, 'orders.csv')]);
    await page.getByRole('button', { name: 'Import 2 files' }).click();
    await expect.poll(statusText).toBe(`1,000 customers · 10,000 orders · ${buyers()} scored`);
    await expect.poll(() => page.locator('.summary').textContent()).toMatch(/^Imported 11,000 rows from 2 files/);
    await page.goto(new URL('customers', server.url).href);
    await expect.poll(() => page.getByTestId('customers-total').textContent()).toBe('1,000 customers');
    await expect.poll(() => page.locator('li.customer-row').count()).toBeGreaterThan(5);
  });

  it('finds a customer by email through the search box', async () => {
    const email = firstEmail();
    expect(email).toMatch(/@/);
    await page.getByLabel('Find a customer').fill(email);
    const rows = page.locator('li.customer-row');
    await expect.poll(() => page.getByTestId('customers-total').textContent()).toBe('1 customer found');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(email);
  });

  it('finds the imported data and scores again after a reload', async () => {
    await page.reload();
    await expect.poll(statusText).toBe(`1,000 customers · 10,000 orders · ${buyers()} scored`);
    await page.getByLabel('Find a customer').fill(firstEmail());
    await expect.poll(() => page.getByTestId('customers-total').textContent()).toBe('1 customer found');
  });

  it('is controlled by its service worker and loads offline, deep links too', async () => {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await context.setOffline(true);
    try {
      await page.reload();
      await expect.poll(() => page.locator('.brand').textContent()).toBe('Segmenta');
      await expect.poll(statusText).toMatch(/ customers · /);
      await page.goto(new URL('customers/C0000001', server.url).href);
      await expect.poll(statusText).toMatch(/ customers · /);
    } finally {
      await context.setOffline(false);
    }
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
