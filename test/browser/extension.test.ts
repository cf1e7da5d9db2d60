import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { closeChromium, distExtension, extensionWorker, launchChromium, requireBuild } from './harness.ts';

let context: BrowserContext;
let worker: Worker;
let id: string;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  context = await launchChromium('extension', { extension: requireBuild(distExtension) });
  ({ worker, id } = await extensionWorker(context));
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => problems.push(e.message));
  // CSP violations are reported on the console only.
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
});

afterAll(async () => {
  await closeChromium(context);
});

const open = (path: string) => page.goto(`chrome-extension://${id}/${path}`);

describe('the extension', () => {
  it('loads and starts its background service worker', () => {
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(worker.url()).toBe(`chrome-extension://${id}/service-worker-loader.js`);
  });

  it('popup renders the extension name and how many customers it holds', async () => {
    await open('extension/popup/index.html');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Segmenta');
    await expect.poll(() => page.getByTestId('customers').textContent()).toBe('Customers: 0');
  });

  it('background answers its own pages and ignores messages it does not know', async () => {
    await open('extension/popup/index.html');
    expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }))).toEqual({ type: 'pong', version: '0.1.0' });
    const unknown = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'delete-everything' }).then((r: unknown) => ({ r }), (e: Error) => ({ e: e.message })),
    );
    // No answer at all: the listener refuses it without responding (and without throwing).
    expect(unknown).toEqual({ r: undefined });
  });

  it('manager page runs the engine worker under the extension\'s CSP and shows it holds no customers yet', async () => {
    await open('extension/manager/index.html');
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toBe('Ready');
    expect(await page.getByTestId('held').textContent()).toMatch(/^Customers: 0 · updated /);
    expect(await page.title()).toBe('Segmenta manager');
  });

  it('options page shows one switch per CRM, all off: no host is granted at install', async () => {
    await open('extension/options/index.html');
    await expect.poll(() => page.getByRole('switch').count()).toBe(7);
    expect(await page.getByRole('switch', { checked: true }).count()).toBe(0);
    expect(await page.title()).toBe('Segmenta settings');
    expect(await page.evaluate(() => chrome.permissions.getAll())).toEqual({ origins: [], permissions: ['storage', 'scripting'] });
    expect(await page.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  });

  it('raised no page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
