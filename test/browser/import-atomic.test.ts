import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { closeChromium, distPwa, generateDataset, launchChromium, requireBuild, serveStatic, type StaticServer } from './harness.ts';
import { datasetS } from '../helpers/dataset-s.ts';

// An import either lands whole or not at all (issue #2): cancelling it, or killing the page and its
// worker in the middle, leaves the data exactly as before.
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let small: string;
let before = '';

beforeAll(async () => {
  small = generateDataset('atomic-small', { customers: 200, orders: 2000, seed: 3 });
  server = await serveStatic(requireBuild(distPwa));
  context = await launchChromium('atomic');
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.locator('input[type=file]').setInputFiles([join(small, 'customers.csv'), join(small, 'orders.csv')]);
  await page.waitForFunction(() => /^200 customers · 2,000 orders/.test(document.querySelector('[data-testid=status]')?.textContent ?? ''));
  before = (await statusText()) ?? '';
});

afterAll(async () => {
  await closeChromium(context);
  await server?.close();
});

const statusText = () => page.getByTestId('status').textContent();
const startBigImport = () => page.locator('input[type=file]').setInputFiles([join(datasetS(), 'customers.csv'), join(datasetS(), 'orders.csv')]);

describe('an interrupted import', () => {
  it('changes nothing when the user cancels it', async () => {
    await startBigImport();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Import cancelled: nothing was changed.');
    expect(await statusText()).toBe(before);
  });

  for (const phase of ['parsing', 'writing']) {
    it(`changes nothing when the page is closed while ${phase}`, async () => {
      await startBigImport();
      await page.waitForSelector(`progress[data-phase=${phase}]`, { timeout: 60_000, state: 'attached' });
      await page.reload();
      await expect.poll(statusText).toBe(before);
      await page.reload();
      await expect.poll(statusText).toBe(before);
    });
  }
});
