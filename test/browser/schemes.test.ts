import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { closeChromium, distPwa, e2eTmp, launchChromium, requireBuild, serveStatic, type StaticServer } from './harness.ts';

// Schemes (issue #4): create one, add segments, reorder by mouse drag, touch drag and keyboard; overlap.
let server: StaticServer;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const shots = join(e2eTmp, 'screenshots');
const TEMPLATES = ['tpl:top-spenders', 'tpl:lapsed-90', 'tpl:one-time-buyers', 'tpl:promoters', 'tpl:detractors'];
let names: Record<string, string> = {};

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serveStatic(requireBuild(distPwa));
  context = await launchChromium('schemes');
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(server.url);
});

afterAll(async () => {
  await closeChromium(context);
  await server?.close();
});

const statusText = () => page.getByTestId('status').textContent();
const savedSchemes = () => page.evaluate(() => window.__segmentaEngine!.schemes());
const savedOrder = async () => (await savedSchemes())[0]?.segmentIds ?? [];
const listed = () => page.locator('.scheme-order li').evaluateAll((els) => els.map((el) => el.getAttribute('data-segment-id')!));
const handle = (i: number) => page.locator('.scheme-order li').nth(i).locator('.handle');
const center = async (l: Locator) => { const b = (await l.boundingBox())!; return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; };
/** Waits until the screen shows the saved order and nothing is saving. */
const settled = async (order: string[]) => {
  await expect.poll(listed).toEqual(order);
  await expect.poll(() => page.locator('.scheme-order button:disabled').count()).toBeLessThan(3 * order.length);
  await expect.poll(() => page.locator('.scheme-order .count').first().textContent()).toMatch(/\d/);
};

async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: join(process.cwd(), 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    // axe is injected above; its types are not in the page's.
    const axe = (window as unknown as { axe: { run(ctx: Element): Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> } }).axe;
    const result = await axe.run(document.querySelector('main')!);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.html.slice(0, 120)}`);
  });
}

describe('the schemes screen', () => {
  it('starts with segments to order (demo data and five templates)', async () => {
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await expect.poll(statusText, { timeout: 60_000 }).toMatch(/^10,000 customers/);
    names = await page.evaluate(async (ids) => {
      const out: Record<string, string> = {};
      for (const id of ids) {
        const s = await window.__segmentaEngine!.createFromTemplate(id);
        out[s.segment.id] = s.segment.name;
      }
      return out;
    }, TEMPLATES);
    await page.getByRole('navigation').getByRole('link', { name: 'Schemes' }).click();
    await page.getByRole('heading', { name: 'Schemes', level: 1 }).waitFor();
    await page.getByText('No schemes yet.').waitFor();
  });

  it('creates a scheme and adds segments, showing each one’s count and everyone else', async () => {
    await page.getByLabel('Name of the new scheme').fill('Lifecycle');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Lifecycle', level: 3 }).waitFor();
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect.poll(listed).toHaveLength(i + 1);
      await expect.poll(async () => (await savedOrder()).length).toBe(i + 1);
    }
    const order = await savedOrder();
    await settled(order);
    expect(order.map((id) => names[id])).toEqual(Object.values(names).slice(0, 3));
    const scheme = (await savedSchemes())[0];
    const shown = await page.locator('.scheme-order .count').allTextContents();
    expect(shown).toEqual(scheme.counts.map((n) => `${n.toLocaleString('en-US')} customer${n === 1 ? '' : 's'}`));
    expect(scheme.counts.reduce((a, b) => a + b, 0) + scheme.everyoneElse).toBe(10_000);
    expect(await page.getByTestId('everyone-else').textContent()).toBe(`${scheme.everyoneElse.toLocaleString('en-US')} customers`);
  });

  it('reorders by dragging with the mouse and saves the order', async () => {
    const [a, b, c] = await savedOrder();
    const from = await center(handle(0));
    const to = await center(handle(2));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(from.x, to.y + 8, { steps: 5 });
    await page.mouse.up();
    await expect.poll(savedOrder).toEqual([b, c, a]);
    await settled([b, c, a]);
  });

  it('reorders by a touch drag (real touch events through the DevTools protocol)', async () => {
    const [b, c, a] = await savedOrder();
    const cdp = await context.newCDPSession(page);
    const from = await center(handle(2));
    const to = await center(handle(0));
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) => cdp.send('Input.dispatchTouchEvent', {
      type, touchPoints: type === 'touchEnd' ? [] : [{ x: from.x, y, id: 1 }],
    });
    await touch('touchStart', from.y);
    for (let k = 1; k <= 6; k++) await touch('touchMove', from.y + ((to.y - 8 - from.y) * k) / 6);
    await touch('touchEnd', to.y - 8);
    await cdp.detach();
    await expect.poll(savedOrder).toEqual([a, b, c]);
    await settled([a, b, c]);
  });

  it('reorders by a touch-like pointer drag too (pointerType touch)', async () => {
    const [a, b, c] = await savedOrder();
    const from = await center(handle(1));
    const to = await center(handle(2));
    const h = handle(1);
    const init = (y: number) => ({ pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: from.x, clientY: y, bubbles: true, button: 0 });
    await h.dispatchEvent('pointerdown', init(from.y));
    for (let k = 1; k <= 4; k++) await h.dispatchEvent('pointermove', init(from.y + ((to.y + 8 - from.y) * k) / 4));
    await h.dispatchEvent('pointerup', init(to.y + 8));
    await expect.poll(savedOrder).toEqual([a, c, b]);
    await settled([a, c, b]);
  });

  it('reorders by keyboard with the arrow buttons, keeping focus on the moved segment', async () => {
    const [a, c, b] = await savedOrder();
    await page.getByRole('button', { name: `Move “${names[a]}” down` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(savedOrder).toEqual([c, a, b]);
    await settled([c, a, b]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move “${names[a]}” down`);
    await page.keyboard.press('Enter');
    await expect.poll(savedOrder).toEqual([c, b, a]);
    await settled([c, b, a]);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is now number 3' }).count()).toBe(1);
  });

  it('shows the overlap of the segments outside schemes', async () => {
    const outside = Object.keys(names).slice(3);
    const overlap = page.getByTestId('overlap');
    await overlap.waitFor();
    expect(await overlap.locator('thead th').allTextContents()).toEqual(['Segment', ...outside.map((id) => names[id])]);
    const sizes = await page.evaluate(async (ids) => {
      const all = await window.__segmentaEngine!.segments();
      return ids.map((id) => all.find((s) => s.segment.id === id)!.size.toLocaleString('en-US'));
    }, outside);
    expect(await overlap.locator('td.diagonal').allTextContents()).toEqual(sizes);
    await page.screenshot({ path: join(shots, 'schemes-1024.png'), fullPage: true });
  });

  it('renames, removes a segment from, and deletes a scheme', async () => {
    const [c, b, a] = await savedOrder();
    await page.getByLabel('Scheme name').fill('Value ladder');
    await page.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(async () => (await savedSchemes())[0].name).toBe('Value ladder');
    await page.getByRole('button', { name: `Remove “${names[b]}” from the scheme` }).click();
    await expect.poll(savedOrder).toEqual([c, a]);
    await page.getByRole('button', { name: 'Delete scheme' }).click();
    await page.getByRole('button', { name: 'Delete “Value ladder” for good' }).click();
    await expect.poll(async () => (await savedSchemes()).length).toBe(0);
    await page.getByText('No schemes yet.').waitFor();
  });

  it('speaks Russian and has no serious accessibility violations', async () => {
    await page.getByLabel('Name of the new scheme').fill('Лестница');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(async () => (await savedOrder()).length).toBe(2);
    expect(await axeViolations()).toEqual([]);
    await page.locator('.language select').selectOption('ru');
    await page.getByRole('heading', { name: 'Схемы', level: 1 }).waitFor();
    const first = (await savedOrder())[0];
    await page.getByRole('button', { name: `Опустить «${names[first]}» ниже` }).waitFor();
    expect(await page.locator('.scheme-order .count').first().textContent()).toMatch(/^[\d\s ]+ клиент(а|ов)?$/);
    await page.setViewportSize({ width: 375, height: 667 });
    await page.screenshot({ path: join(shots, 'schemes-375-ru.png'), fullPage: true });
    expect(await axeViolations()).toEqual([]);
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
