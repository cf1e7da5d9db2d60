/**
 * Sync from the PWA to the extension (issue #6): the PWA puts a customer in a static segment and edits
 * their name, exports a sync file from the Sync screen; the extension's manager page previews and merges
 * it; the badge of a CRM page showing that customer's email then answers with the edit.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { BackgroundResponse, BadgeInfo } from '../../extension/messages.ts';
import { readBadges } from './closed-badges.ts';
import { contentScriptWorld, extensionWithHosts, type IsolatedWorld } from './extension-helpers.ts';
import { closeChromium, distPwa, e2eTmp, extensionWorker, generateDataset, launchChromium, requireBuild, serveStatic, type StaticServer } from './harness.ts';

let pwaServer: StaticServer;
let site: StaticServer;
let pwa: BrowserContext;
let ext: BrowserContext;
let id: string;
let data: string;
let customer: { id: string; email: string; first: string };
let syncFile: string;
let world: IsolatedWorld;
let crm: Page;
let pwaPage: Page;
const problems: string[] = [];

const extensionPage = async (path: string): Promise<Page> => {
  const page = await ext.newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`chrome-extension://${id}/${path}`);
  return page;
};

const badgeOf = async (email: string): Promise<BadgeInfo | null> => {
  const r = await world.evaluate<BackgroundResponse>(`chrome.runtime.sendMessage({ type: 'lookup', customers: [{ emails: [${JSON.stringify(email)}] }] })`);
  return r?.type === 'lookup' ? r.results[0] : null;
};

beforeAll(async () => {
  data = generateDataset('sync-ext', { customers: 300, orders: 2_000, seed: 13 });
  const row = readFileSync(join(data, 'customers.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')).find((c) => c[1]);
  customer = { id: row![0], email: row![1], first: row![3] };
  const dir = join(e2eTmp, `sync-crm-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>CRM</title><p>Contact: <a href="mailto:${customer.email}">${customer.email}</a></p>`);
  site = await serveStatic(dir);
  pwaServer = await serveStatic(requireBuild(distPwa));
  pwa = await launchChromium('sync-ext-pwa');
  ext = await launchChromium('sync-ext', { extension: extensionWithHosts('sync', ['http://127.0.0.1/*']) });
  ({ id } = await extensionWorker(ext));
}, 120_000);

afterAll(async () => {
  await world?.close();
  await closeChromium(pwa);
  await closeChromium(ext);
  await pwaServer?.close();
  await site?.close();
});

describe('a sync file from the PWA in the extension', () => {
  it('the PWA imports the customers and orders', async () => {
    pwaPage = pwa.pages()[0] ?? (await pwa.newPage());
    await pwaPage.goto(pwaServer.url);
    await pwaPage.waitForFunction(() => window.__segmentaEngine !== undefined);
    const csv = ['customers.csv', 'orders.csv'].map((name) => ({ name, text: readFileSync(join(data, name), 'utf8') }));
    await pwaPage.evaluate(async (list) => {
      await window.__segmentaEngine!.importFiles(list.map((f) => new File([f.text], f.name, { type: 'text/csv' })), {});
    }, csv);
  });

  it('the extension holds the same customers from CSV and shows their badge without the edit', async () => {
    const manager = await extensionPage('extension/manager/index.html');
    await expect.poll(() => manager.getByTestId('state').textContent(), { timeout: 15_000 }).toBe('Ready');
    await manager.locator('input[type=file]').setInputFiles([join(data, 'customers.csv'), join(data, 'orders.csv')]);
    await expect.poll(() => manager.getByTestId('held').textContent(), { timeout: 60_000 }).toMatch(/^Customers: 300 · updated /);
    await expect.poll(() => manager.getByTestId('state').textContent()).toBe('Ready');
    await manager.close();
    const options = await extensionPage('extension/options/index.html');
    await options.getByLabel('Site address').fill(site.url);
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s) => s.length))).toBe(1);
    await options.close();
    crm = await ext.newPage();
    await crm.goto(site.url);
    world = await contentScriptWorld(crm, id);
    const badge = await badgeOf(customer.email);
    expect(badge).toMatchObject({ customerId: customer.id, segments: [] });
    expect(badge!.name.startsWith(`${customer.first} `)).toBe(true);
  });

  it('later, the PWA edits the customer (a static segment, a new name) and exports a sync file', async () => {
    // After the extension's import: last writer wins, so the PWA's edit is the newer record.
    await pwaPage.evaluate(async (cid) => {
      const e = window.__segmentaEngine!;
      const seg = await e.saveSegment({ name: 'Key accounts', kind: 'static' });
      await e.changeMembers(seg.segment.id, { add: [cid] });
      await e.updateCustomer(cid, { firstName: 'Zinaida' });
    }, customer.id);
    await pwaPage.goto(new URL('sync', pwaServer.url).href);
    const [download] = await Promise.all([pwaPage.waitForEvent('download'), pwaPage.getByRole('button', { name: 'Export and download' }).click()]);
    syncFile = join(e2eTmp, `sync-ext-${process.pid}-${download.suggestedFilename()}`);
    await download.saveAs(syncFile);
  });

  it('refuses a file that only looks like a sync file, with the damaged-file message', async () => {
    const manager = await extensionPage('extension/manager/index.html');
    await expect.poll(() => manager.getByTestId('state').textContent(), { timeout: 15_000 }).toBe('Ready');
    const fake = join(e2eTmp, `sync-ext-${process.pid}-fake.segmenta`);
    writeFileSync(fake, 'customer_id,email\nC1,a@b.ru\n');
    await manager.locator('input[type=file]').setInputFiles(fake);
    // Not gzip at all: the reader cannot decompress it, which it reports as damaged.
    await expect.poll(() => manager.getByRole('alert').textContent())
      .toBe('The file is damaged (its checksum does not match). Export it again and copy it once more.');
    await manager.close();
  });

  it('the manager previews the sync file, merges it after Merge, and the badge answers with the edit', async () => {
    const manager = await extensionPage('extension/manager/index.html');
    await expect.poll(() => manager.getByTestId('state').textContent(), { timeout: 15_000 }).toBe('Ready');
    await manager.locator('input[type=file]').setInputFiles(syncFile);
    const preview = manager.getByTestId('sync-preview');
    await preview.waitFor();
    expect(await preview.getByRole('heading').textContent()).toMatch(/^Merging sync-ext-\d+-segmenta-[\d-]+\.segmenta into the extension's data changes:$/);
    expect(await preview.locator('li').allTextContents()).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Customers: \d+ new, [1-9]\d* updated, 0 deleted, \d+ conflicts resolved$/),
      expect.stringMatching(/^Segments: 1 new, /),
    ]));
    await preview.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => manager.getByTestId('state').textContent(), { timeout: 30_000 }).toBe('Ready');
    expect(await manager.getByTestId('sync-preview').count()).toBe(0);
    await manager.close();
    // The background read the new snapshot after data-changed.
    await expect.poll(async () => (await badgeOf(customer.email))?.segments.map((s) => s.name), { timeout: 5_000 }).toEqual(['Key accounts']);
    expect((await badgeOf(customer.email))!.name.startsWith('Zinaida ')).toBe(true);
    // The page's real badge is drawn from the same answer.
    await crm.reload();
    await world.close();
    world = await contentScriptWorld(crm, id);
    const cdp = await ext.newCDPSession(crm);
    const badge = (await badgeOf(customer.email))!;
    await expect.poll(async () => (await readBadges(cdp)).map((b) => [b.text, b.before]), { timeout: 5000 })
      .toEqual([[`${badge.segment} ${badge.rfmCode}`, customer.email]]);
    await cdp.detach();
    expect(problems).toEqual([]);
  });
});
