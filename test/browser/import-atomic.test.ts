import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { closeChromium, distPwa, e2eTmp, generateDataset, launchChromium, requireBuild, serveStatic, type StaticServer } from './harness.ts';
import { datasetS } from '../helpers/dataset-s.ts';

// An import either lands whole or not at all (issue #2): cancelling it, or killing the page and its
// worker in the middle, leaves the data exactly as before.
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let small: string;
let before = '';

/**
 * 200 customers and 2,000 orders that share no id, email or phone with S, so that S imported on top
 * of them gives exactly 10,200 customers and 102,000 orders.
 */
function disjointSmall(): string {
  const src = generateDataset('atomic-small', { customers: 200, orders: 2000, seed: 3 });
  const out = join(e2eTmp, 'data', 'atomic-disjoint');
  mkdirSync(out, { recursive: true });
  const rewrite = (name: string, line: (cells: string[]) => string[]) => {
    const [header, ...rows] = readFileSync(join(src, name), 'utf8').trimEnd().split('\n');
    writeFileSync(join(out, name), [header, ...rows.map((r) => line(r.split(',')).join(','))].join('\n') + '\n');
  };
  // customers: customer_id,email,phone,…; orders: order_id,customer_id,… (no quoted commas in these columns)
  rewrite('customers.csv', ([id, email, , ...rest]) => [`X${id}`, email && `x.${email}`, '', ...rest]);
  rewrite('orders.csv', ([order, customer, ...rest]) => [`X${order}`, `X${customer}`, ...rest]);
  return out;
}

beforeAll(async () => {
  small = disjointSmall();
  server = await serveStatic(requireBuild(distPwa));
  context = await launchChromium('atomic');
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(new URL('import', server.url).href);
  await importFiles([join(small, 'customers.csv'), join(small, 'orders.csv')]);
  await page.waitForFunction(() => /^200 customers · 2,000 orders/.test(document.querySelector('[data-testid=status]')?.textContent ?? ''));
  before = (await statusText()) ?? '';
});

afterAll(async () => {
  await closeChromium(context);
  await server?.close();
});

const statusText = () => page.getByTestId('status').textContent();
/** Picks the files on the import screen and, once it has read their previews, starts the import. */
async function importFiles(files: string[]): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(files);
  await page.getByRole('button', { name: `Import ${files.length} files` }).click();
}
const startBigImport = () => importFiles([join(datasetS(), 'customers.csv'), join(datasetS(), 'orders.csv')]);

/** Starts importing S and reloads the page the moment its progress bar shows one of `phases`. */
async function reloadWhenShown(phases: string[]): Promise<void> {
  await page.evaluate((wanted) => {
    new MutationObserver(() => {
      const phase = document.querySelector('progress')?.getAttribute('data-phase');
      if (phase && wanted.includes(phase)) location.reload();
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, phases);
  await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), startBigImport()]);
}

describe('an interrupted import', () => {
  it('changes nothing when the user cancels it', async () => {
    await startBigImport();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Import cancelled: nothing was changed.');
    expect(await statusText()).toBe(before);
  });

  it('changes nothing when the page is closed while reading and merging the files', async () => {
    await reloadWhenShown(['parsing', 'merging']);
    await expect.poll(statusText).toBe(before);
    await page.reload();
    await expect.poll(statusText).toBe(before);
  });

  it('lands whole or not at all when the page is closed while writing', async () => {
    // The engine waits for the page to show the write has started before it writes.
    await reloadWhenShown(['writing']);
    // The write is one IndexedDB transaction: the reload either aborted it or came after its commit.
    const whole = /^10,200 customers · 102,000 orders · [\d,]+ scored$/;
    await expect.poll(statusText).toMatch(/customers/);
    const after = (await statusText()) ?? '';
    expect(after === before || whole.test(after), after).toBe(true);
    await page.reload();
    await expect.poll(statusText).toBe(after);
  });
});
