import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { CustomerRow } from '../../core/worker/engine-api.ts';
import { closeChromium, distPwa, generateDataset, launchChromium, repoRoot, requireBuild, serveStatic, type StaticServer } from './harness.ts';

let server: StaticServer;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const data = generateDataset('e2e-1k', { customers: 1000, orders: 10000 });
  server = await serveStatic(requireBuild(distPwa));
  context = await launchChromium('settings');
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  const files = ['customers.csv', 'orders.csv'].map((name) => ({ name, text: readFileSync(join(data, name), 'utf8') }));
  await page.waitForFunction(() => window.__segmentaEngine !== undefined);
  await page.evaluate(async (list) => {
    await window.__segmentaEngine!.importFiles(list.map((f) => new File([f.text], f.name, { type: 'text/csv' })), {});
  }, files);
  await page.goto(new URL('settings', server.url).href);
  await page.getByTestId('status').filter({ hasText: /^1,000 customers/ }).waitFor();
});

afterAll(async () => {
  await closeChromium(context);
  await server?.close();
});

const heading = () => page.getByRole('heading', { level: 1 }).textContent();
const engineCall = <T,>(fn: string) => page.evaluate((name) => (window.__segmentaEngine as unknown as Record<string, () => Promise<unknown>>)[name](), fn) as Promise<T>;
const allRows = () => page.evaluate(() => window.__segmentaEngine!.listCustomers({ offset: 0, limit: 5000 }).then((p) => p.rows));
const save = () => page.getByRole('button', { name: 'Save RFM settings' }).click();
const saveResult = () => page.getByTestId('rfm-save-result').textContent();

describe('the settings screen', () => {
  it('shows the stored RFM settings and a clean default segment map', async () => {
    expect(await heading()).toBe('Settings');
    expect(await page.getByLabel('Number of classes').inputValue()).toBe('5');
    expect(await page.getByLabel('r 5, FM 5', { exact: true }).locator('option:checked').textContent()).toBe('Champions');
    await expect.poll(() => page.getByTestId('map-check').textContent()).toBe('The map covers every cell and every segment has a cell.');
  });

  it('re-scores every customer with three classes after the number of classes is saved', async () => {
    await page.getByLabel('Number of classes').selectOption('3');
    // The engine resizes the map (segmentMapFor) and checks it.
    await expect.poll(() => page.locator('.map-grid tbody tr').count()).toBe(3);
    await expect.poll(() => page.getByTestId('map-check').textContent()).toMatch(/covers every cell/);
    await save();
    await expect.poll(saveResult).toMatch(/^Saved\. Scores recomputed: [\d,]+ customers scored\.$/);
    const grid = await engineCall<{ classes: number; cells: unknown[][] }>('rfmGrid');
    expect(grid.classes).toBe(3);
    expect(grid.cells).toHaveLength(3);
    const rows = await allRows();
    expect(Math.max(...rows.map((r) => r.r))).toBe(3);
    expect(rows.every((r) => r.r <= 3 && r.f <= 3 && r.m <= 3)).toBe(true);
  });

  it('classes recency by fixed thresholds once they are saved', async () => {
    const scored = (await allRows()).filter((r): r is CustomerRow & { recencyDays: number } => r.recencyDays !== undefined);
    const days = scored.map((r) => r.recencyDays).sort((a, b) => a - b);
    const [top, middle] = [days[Math.floor(days.length * 0.2)], days[Math.floor(days.length * 0.6)]];
    expect(middle).toBeGreaterThan(top);
    const recency = page.getByRole('group', { name: 'Recency' });
    await recency.getByLabel('Fixed thresholds').check();
    await recency.getByLabel('Class 3: at most (days)').fill(String(top));
    await recency.getByLabel('Class 2: at most (days)').fill(String(middle));
    await save();
    await expect.poll(saveResult).toMatch(/^Saved\./);
    const settings = await engineCall<{ rfm: { recency: unknown } }>('settings');
    expect(settings.rfm.recency).toEqual({ kind: 'thresholds', bounds: [top, middle] });
    const rows = (await allRows()).filter((r) => r.recencyDays !== undefined);
    const expected = (d: number) => (d <= top ? 3 : d <= middle ? 2 : 1);
    expect(rows.filter((r) => r.r !== expected(r.recencyDays!))).toEqual([]);
    expect(new Set(rows.map((r) => r.r))).toEqual(new Set([1, 2, 3]));
  });

  it('lists every problem of an invalid segment map and of refused settings, and resets the map', async () => {
    // The 3-class map (the default one shrunk) has nine segments, one cell each.
    expect(await page.locator('.segment-list li').count()).toBe(9);
    await page.getByRole('button', { name: 'Remove segment Champions' }).click();
    const check = page.getByTestId('map-check');
    await expect.poll(() => check.locator('li').allTextContents()).toEqual(['Cell r 3, FM 3 has no segment.']);
    await page.getByLabel('r 1, FM 1', { exact: true }).selectOption({ label: '— none —' });
    await page.getByRole('button', { name: 'Add a segment' }).click();
    await expect.poll(() => check.locator('li').allTextContents()).toEqual([
      'Cell r 1, FM 1 has no segment.',
      'Cell r 3, FM 3 has no segment.',
      'No cell belongs to the segment “Lost”.',
      'No cell belongs to the segment “New segment 9”.',
    ]);
    await page.getByRole('group', { name: 'Frequency' }).getByLabel('Fixed thresholds').check();
    await save();
    const refused = page.getByRole('alert');
    await expect.poll(() => refused.locator('li').count()).toBeGreaterThanOrEqual(5);
    const problems = await refused.locator('li').allTextContents();
    expect(problems).toEqual(expect.arrayContaining([
      'The segment map leaves cell r 1, FM 1 without a segment.',
      'The segment map leaves cell r 3, FM 3 without a segment.',
      'No cell of the segment map reaches the segment "Lost".',
      'No cell of the segment map reaches the segment "New segment 9".',
      'Fixed frequency thresholds must be numbers.',
    ]));
    expect((await engineCall<{ rfm: { segmentMap: { segments: string[] } } }>('settings')).rfm.segmentMap.segments).toContain('Champions');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await expect.poll(() => check.textContent()).toMatch(/covers every cell/);
    expect(await page.getByRole('group', { name: 'Frequency' }).getByLabel('Equal groups (quantiles)').isChecked()).toBe(true);
    // Reset brings back the default map for three classes, which is the stored one: nothing left to save.
    await page.getByLabel('r 3, FM 3', { exact: true }).selectOption({ label: 'Lost' });
    expect(await page.getByRole('button', { name: 'Save RFM settings' }).isDisabled()).toBe(false);
    await page.getByRole('button', { name: 'Reset to default' }).click();
    await expect.poll(() => check.textContent()).toMatch(/covers every cell/);
    expect(await page.getByLabel('r 3, FM 3', { exact: true }).locator('option:checked').textContent()).toBe('Champions');
    expect(await page.getByRole('button', { name: 'Save RFM settings' }).isDisabled()).toBe(true);
  });

  it('switches the language to Russian and back, and follows the browser when asked', async () => {
    await page.getByRole('radio', { name: 'Русский' }).check();
    await expect.poll(heading).toBe('Настройки');
    expect(await page.locator('.top-bar select').inputValue()).toBe('ru');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await expect.poll(() => page.getByTestId('map-check').textContent()).toMatch(/^Карта покрывает все клетки/);
    await page.reload();
    await expect.poll(heading).toBe('Настройки');
    await page.getByRole('radio', { name: /^Как в браузере \(сейчас English\)$/ }).check();
    await expect.poll(heading).toBe('Settings');
    expect(await page.evaluate(() => localStorage.getItem('segmenta.lang'))).toBeNull();
    expect(await page.getByRole('radio', { name: 'Follow the browser (now English)' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'English', exact: true }).check();
    expect(await page.evaluate(() => localStorage.getItem('segmenta.lang'))).toBe('en');
  });

  it('saves the default phone country and keeps it after a reload', async () => {
    await page.getByRole('combobox', { name: 'Default phone country' }).selectOption('KZ');
    await expect.poll(() => page.getByText('Saved: Kazakhstan.').count()).toBe(1);
    expect((await engineCall<{ defaultPhoneCountry: string }>('settings')).defaultPhoneCountry).toBe('KZ');
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Default phone country' }).inputValue()).toBe('KZ');
  });

  it('shows the storage used and answers the request for persistent storage', async () => {
    const usage = page.getByTestId('storage-usage');
    await expect.poll(() => usage.textContent()).toMatch(/Segmenta’s data on this device: [\d.,]+ (kB|MB)\./);
    expect(await usage.textContent()).toMatch(/This site uses [\d.,]+ \S+ of [\d.,]+ \S+ the browser allows\./);
    const ask = page.getByRole('button', { name: 'Ask to keep data on this device' });
    if (await ask.count()) {
      await ask.click();
      await expect.poll(() => page.getByTestId('persist-result').textContent()).toMatch(/^The browser (agreed|declined)/);
    } else {
      expect(await usage.textContent()).toMatch(/Storage is persistent/);
    }
  });

  it('has no serious or critical accessibility violations, and fits a phone screen', async () => {
    await page.addScriptTag({ path: join(repoRoot, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document.body);
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.setViewportSize({ width: 375, height: 667 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('deletes all data only after a confirmation', async () => {
    await page.getByRole('button', { name: 'Delete all data…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('status').textContent()).toMatch(/^1,000 customers/);
    await page.getByRole('button', { name: 'Delete all data…' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => page.getByText('All data deleted.').count()).toBe(1);
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('0 customers · 0 orders · 0 scored');
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
