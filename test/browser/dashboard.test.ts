import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { closeChromium, distPwa, e2eTmp, launchChromium, requireBuild, serveStatic, type StaticServer } from './harness.ts';

// The dashboard (issue #4): demo in one click, the heat map, a cell's customers, movement between snapshots.
let server: StaticServer;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const shots = join(e2eTmp, 'screenshots');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serveStatic(requireBuild(distPwa));
  context = await launchChromium('dashboard');
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url);
});

afterAll(async () => {
  await closeChromium(context);
  await server?.close();
});

const statusText = () => page.getByTestId('status').textContent();
const cells = () => page.locator('[data-testid="heat-map"] g.cell');
const scoredCount = async () => Number((await statusText())!.match(/([\d,]+) scored/)![1].replace(/,/g, ''));

async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: join(process.cwd(), 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    // axe is injected above; its types are not in the page's.
    const axe = (window as unknown as { axe: { run(ctx: Element): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document.querySelector('main')!);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes.slice(0, 2).map((n) => (n as { html: string }).html.slice(0, 160)))}`);
  });
}

describe('the dashboard', () => {
  it('loads the demo in one click from the first-run panel', async () => {
    await expect.poll(statusText).toBe('0 customers · 0 orders · 0 scored');
    await page.getByRole('heading', { name: 'Welcome to Segmenta' }).waitFor();
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await expect.poll(statusText, { timeout: 60_000 }).toMatch(/^10,000 customers · 100,000 orders · [\d,]+ scored$/);
    await page.getByTestId('heat-map').waitFor();
  });

  it('draws a heat map whose cells add up to the scored customers', async () => {
    await expect.poll(() => cells().count()).toBe(25);
    const counts = await cells().evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-customers'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(await scoredCount());
    expect(await page.getByRole('img', { name: /RFM heat map/ }).count()).toBe(1);
    await page.screenshot({ path: join(shots, 'dashboard-1280.png'), fullPage: true });
  });

  it('shows a cell’s numbers when it gets focus, and the headline metrics', async () => {
    await cells().first().focus();
    const tip = page.locator('.heat-map .chart-tip.visible');
    await expect.poll(() => tip.textContent()).toMatch(/^R 5 · FM 1 · .+: [\d,]+ customers, average spend [\d,.]+$/);
    expect(await page.getByTestId('metrics').textContent()).toContain('10,000');
  });

  it('shows a cell’s numbers on a first tap and opens it on the second (real touch through the DevTools protocol)', async () => {
    const cell = page.locator('[data-testid="heat-map"] g.cell[data-r="3"][data-fm="3"]');
    const at = (await cell.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const tap = async () => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: at.x + at.width / 2, y: at.y + at.height / 2, id: 1 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await tap();
    await expect.poll(() => page.locator('.heat-map .chart-tip.visible').textContent()).toMatch(/^R 3 · FM 3 · /);
    expect(new URL(page.url()).pathname).toBe('/');
    await tap();
    await expect.poll(() => new URL(page.url()).search).toBe('?r=3&fm=3');
    await cdp.detach();
    await page.goBack();
    await page.getByTestId('heat-map').waitFor();
  });

  it('opens a cell’s customers with Enter', async () => {
    await page.locator('[data-testid="heat-map"] g.cell[data-r="5"][data-fm="5"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('?r=5&fm=5');
    await page.goBack();
    await page.getByTestId('heat-map').waitFor();
  });

  it('opens a cell’s customers when it is clicked', async () => {
    const cell = page.locator('[data-testid="heat-map"] g.cell[data-r="2"][data-fm="4"]');
    await cell.click();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe('/customers?r=2&fm=4');
    await page.goBack();
    await page.getByTestId('heat-map').waitFor();
  });

  it('needs a second snapshot for movement, then draws it as a Sankey and as a matrix', async () => {
    await page.getByText('Movement needs two snapshots').waitFor();
    // An earlier as-of date moves customers between RFM segments and records a snapshot.
    await page.evaluate(async () => {
      const engine = window.__segmentaEngine!;
      const settings = await engine.settings();
      const earlier = new Date(Date.parse(settings.rfm.asOf) - 180 * 86_400_000).toISOString().slice(0, 10);
      await engine.updateSettings({ rfm: { ...settings.rfm, asOf: earlier }, asOfFollowsToday: false });
    });
    await page.reload();
    const sankey = page.getByTestId('sankey');
    await sankey.waitFor();
    const bands = await sankey.locator('path.band').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-count'))));
    expect(bands.length).toBeGreaterThan(11);
    const moved = await page.evaluate(async () => {
      const engine = window.__segmentaEngine!;
      const snaps = await engine.snapshots();
      const m = await engine.movement('rfm', snaps.at(-2)!.id, snaps.at(-1)!.id);
      return { total: m.counts.flat().reduce((a, b) => a + b, 0), offDiagonal: m.counts.flatMap((row, r) => row.filter((_, c) => m.fromLabels[r] !== m.toLabels[c])).reduce((a, b) => a + b, 0) };
    });
    expect(bands.reduce((a, b) => a + b, 0)).toBe(moved.total);
    expect(moved.offDiagonal).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Matrix' }).click();
    const matrix = page.getByTestId('movement-matrix');
    await matrix.waitFor();
    const numbers = await matrix.locator('tbody td').evaluateAll((els) => els.map((el) => Number((el.textContent || '0').replace(/,/g, ''))));
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(moved.total);
    expect(await matrix.locator('thead th').last().textContent()).toBe('gone');
  });

  it('shows the user’s segments with a flag for one outside its bounds, and their sizes over time', async () => {
    const flagged = await page.evaluate(async () => {
      const engine = window.__segmentaEngine!;
      await engine.createFromTemplate('tpl:one-time-buyers');
      const top = await engine.createFromTemplate('tpl:top-spenders');
      const { segment } = top;
      // At most 10 customers: the segment is far above that, so it is flagged.
      await engine.saveSegment({ id: segment.id, name: segment.name, kind: segment.kind, rule: segment.rule, bounds: { unit: 'count', max: 10 } });
      return segment.name;
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Segment sizes', exact: true }).waitFor();
    const bars = page.getByRole('img', { name: /^Segment sizes Customers in each segment/ });
    expect(await bars.locator('g.mark').count()).toBe(2);
    expect(await bars.locator('g.mark[data-flag="above"] .flag').textContent()).toBe('▲');
    await bars.locator('g.mark[data-flag="above"]').focus();
    await expect.poll(() => page.locator('.bars .chart-tip.visible').textContent()).toMatch(new RegExp(`^${flagged}: [\\d,]+ customers \\(.+\\) · above its bounds$`));
    await page.getByLabel('Segment to show').selectOption({ label: flagged });
    const line = page.getByRole('img', { name: new RegExp(`^Segment sizes over time: ${flagged}`) });
    await line.waitFor();
    expect(await line.locator('circle.point.flagged').count()).toBeGreaterThanOrEqual(1);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: join(shots, 'dashboard-1024.png'), fullPage: true });
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.screenshot({ path: join(shots, 'dashboard-768.png'), fullPage: true });
  });

  it('has no serious or critical accessibility violations', async () => {
    await page.getByRole('button', { name: 'Flow' }).click();
    expect(await axeViolations()).toEqual([]);
  });

  it('speaks Russian, RFM segment names included', async () => {
    await page.locator('.language select').selectOption('ru');
    await page.getByRole('heading', { name: 'Обзор', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Тепловая карта RFM' }).waitFor();
    await page.getByRole('heading', { name: 'Размеры сегментов', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Матрица' }).click();
    expect(await page.getByTestId('movement-matrix').locator('tbody th').allTextContents()).toContain('Чемпионы');
    await page.getByRole('button', { name: 'Потоки' }).click();
    await page.setViewportSize({ width: 375, height: 667 });
    await page.screenshot({ path: join(shots, 'dashboard-375-ru.png'), fullPage: true });
    expect(await axeViolations()).toEqual([]);
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
