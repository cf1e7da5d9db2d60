import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { closeChromium, distPwa, e2eTmp, launchChromium, requireBuild, serveStatic, type StaticServer } from './harness.ts';

// The build is copied, so the "next version" can be written over it while the server runs.
let dir: string;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(e2eTmp, { recursive: true });
  dir = mkdtempSync(join(e2eTmp, 'pwa-update-'));
  cpSync(requireBuild(distPwa), dir, { recursive: true });
  server = await serveStatic(dir);
  context = await launchChromium('pwa-update');
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await closeChromium(context);
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Publishes a "next version": a marker in index.html, and a service worker whose precache lists the
 * new index.html revision (as a rebuild with a changed page would), so the browser finds an update.
 */
function publishNextVersion(): void {
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', '<meta name="segmenta-build" content="next"></head>'));
  const sw = join(dir, 'sw.js');
  const before = readFileSync(sw, 'utf8');
  const after = before.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1next-version"');
  expect(after).not.toBe(before);
  writeFileSync(sw, after);
}

const marker = () => page.evaluate(() => document.querySelector('meta[name="segmenta-build"]')?.getAttribute('content') ?? null);
const status = () => page.getByTestId('status').textContent();
const countrySelect = () => page.getByRole('combobox', { name: 'Default phone country' });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the installable, offline, updatable app', () => {
  it('links a web app manifest with 192 and 512 icons and a maskable one', async () => {
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    const manifest = (await (await fetch(new URL('manifest.webmanifest', server.url))).json()) as {
      display: string; start_url: string; icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
    const bySize = (size: string, purpose: string) => manifest.icons.find((i) => i.sizes === size && (i.purpose ?? 'any') === purpose);
    for (const [size, purpose] of [['192x192', 'any'], ['512x512', 'any'], ['512x512', 'maskable']]) {
      const icon = bySize(size, purpose);
      expect(icon, `${size} ${purpose}`).toBeDefined();
      const response = await fetch(new URL(icon!.src, server.url));
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(pngSize(Buffer.from(await response.arrayBuffer())).join('x')).toBe(size);
    }
  });

  it('is controlled by its service worker on the first visit, without a reload', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await expect.poll(status).toBe('0 customers · 0 orders · 0 scored');
  });

  it('works offline: reloads, opens a deep link, and keeps an edit across another reload', async () => {
    await context.setOffline(true);
    try {
      await page.reload();
      await expect.poll(status).toBe('0 customers · 0 orders · 0 scored');
      await page.goto(new URL('settings', server.url).href);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Settings');
      await countrySelect().selectOption('BY');
      await expect.poll(() => page.getByText('Saved: Belarus.').count()).toBe(1);
      await page.reload();
      await expect.poll(() => countrySelect().inputValue()).toBe('BY');
      await page.goto(new URL('segments', server.url).href);
      await expect.poll(status).toMatch(/ customers · /);
    } finally {
      await context.setOffline(false);
    }
  });

  it('offers a new version without interrupting, and loads it on Reload', async () => {
    await page.goto(new URL('settings', server.url).href);
    await expect.poll(() => countrySelect().inputValue()).toBe('BY');
    expect(await marker()).toBeNull();
    publishNextVersion();
    // Navigation makes the browser look for a new service worker; it installs and waits.
    await page.reload();
    const banner = page.getByText('A new version of Segmenta is available.');
    await banner.waitFor({ timeout: 30_000 });
    expect(await marker()).toBeNull();
    expect(await countrySelect().inputValue()).toBe('BY');
    await page.getByRole('button', { name: 'Reload', exact: true }).click();
    await expect.poll(marker, { timeout: 30_000 }).toBe('next');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    expect(await banner.count()).toBe(0);
    await expect.poll(() => countrySelect().inputValue()).toBe('BY');
  });

  it('serves the new version offline too', async () => {
    await context.setOffline(true);
    try {
      await page.reload();
      await expect.poll(marker).toBe('next');
      await expect.poll(() => countrySelect().inputValue()).toBe('BY');
    } finally {
      await context.setOffline(false);
    }
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
