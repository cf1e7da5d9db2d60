import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { segmentLabelRu } from '../../core/rfm/segment-labels-ru.ts';
import { closeChromium, distPwa, generateDataset, launchChromium, repoRoot, requireBuild, serveStatic, type StaticServer } from './harness.ts';

// The Customers screens (issue #4): the virtual list with its search and filters, and the customer card.
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let data: string;
const pageErrors: string[] = [];

const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;
const totalText = () => page.getByTestId('customers-total').textContent();
const rows = () => page.locator('li.customer-row');
const scroller = () => page.locator('.customer-scroller');

beforeAll(async () => {
  data = generateDataset('customers-2k', { customers: 2000, orders: 20000, seed: 7 });
  server = await serveStatic(requireBuild(distPwa));
  context = await launchChromium('customers');
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(() => localStorage.setItem('segmenta.lang', 'en'));
  await page.goto(server.url);
  const files = ['customers.csv', 'orders.csv'].map((name) => ({ name, text: readFileSync(join(data, name), 'utf8') }));
  await page.waitForFunction(() => window.__segmentaEngine !== undefined);
  await page.evaluate(async (files) => {
    await window.__segmentaEngine!.importFiles(files.map((f) => new File([f.text], f.name, { type: 'text/csv' })), {});
  }, files);
});

afterAll(async () => {
  await closeChromium(context);
  await server?.close();
});

const engineTotal = () => page.evaluate(async () => (await window.__segmentaEngine!.listCustomers({ offset: 0, limit: 1 })).total);

async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: join(repoRoot, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    // axe-core is injected as a script: no types on window.
    const axe = (window as unknown as { axe: { run(c: Element): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const r = await axe.run(document.querySelector('main')!);
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('the customer list', () => {
  it('shows the total and keeps only the rows in view in the DOM', async () => {
    const total = await engineTotal();
    expect(total).toBe(2000);
    await page.goto(url('/customers'));
    await expect.poll(totalText).toBe('2,000 customers');
    await expect.poll(() => rows().locator('a[href]').count()).toBeGreaterThan(5);
    expect(await rows().count()).toBeLessThan(80);
    // Biggest spenders first, as the engine ranks them.
    const top = await page.evaluate(async () => (await window.__segmentaEngine!.listCustomers({ offset: 0, limit: 1 })).rows[0].id);
    expect(await rows().first().locator('a').getAttribute('href')).toBe(`/customers/${top}`);
  });

  it('scrolls to the last rows, fetching their page as it comes into view', async () => {
    const last = await page.evaluate(async () => (await window.__segmentaEngine!.listCustomers({ offset: 1999, limit: 1 })).rows[0]);
    await scroller().evaluate((el) => { el.scrollTop = el.scrollHeight; });
    const lastRow = page.locator('li.customer-row[aria-posinset="2000"] a');
    await expect.poll(() => lastRow.getAttribute('href')).toBe(`/customers/${last.id}`);
    expect(await lastRow.textContent()).toContain(last.id);
    expect(await rows().count()).toBeLessThan(80);
    expect(await page.locator('li.customer-row[aria-posinset="1"]').count()).toBe(0);
  });

  it('finds a customer by email and keeps the search in the URL', async () => {
    const email = readFileSync(join(data, 'customers.csv'), 'utf8').split('\n')[5].split(',')[1];
    expect(email).toMatch(/@/);
    await page.getByLabel('Find a customer').fill(email);
    await expect.poll(totalText).toBe('1 customer found');
    await expect.poll(() => rows().first().textContent()).toContain(email);
    expect(new URL(page.url()).searchParams.get('q')).toBe(email);
    // A deep link with the search answers the same.
    await page.goto(url(`/customers?q=${encodeURIComponent(email)}`));
    await expect.poll(totalText).toBe('1 customer found');
    expect(await page.getByLabel('Find a customer').inputValue()).toBe(email);
  });

  it('filters by a segment and shows exactly its member count, by the select and by a deep link', async () => {
    const seg = await page.evaluate(async () =>
      window.__segmentaEngine!.saveSegment({ name: 'Frequent buyers', kind: 'dynamic', rule: { field: 'orders', op: 'gte', value: 12 } }));
    expect(seg.size).toBeGreaterThan(1);
    expect(seg.size).toBeLessThan(2000);
    await page.goto(url('/customers'));
    await expect.poll(totalText).toBe('2,000 customers');
    await page.getByLabel('Segment').selectOption(seg.segment.id);
    await expect.poll(totalText).toBe(`${seg.size.toLocaleString('en-US')} customers found`);
    expect(new URL(page.url()).searchParams.get('segment')).toBe(seg.segment.id);
    await page.goBack();
    await expect.poll(totalText).toBe('2,000 customers');
    await page.goForward();
    await expect.poll(totalText).toBe(`${seg.size.toLocaleString('en-US')} customers found`);
  });

  it('shows the customers of one heat-map cell from the dashboard link', async () => {
    const cell = await page.evaluate(async () => {
      const grid = await window.__segmentaEngine!.rfmGrid();
      return grid.cells.flat().filter((c) => c.customers > 0).sort((a, b) => b.customers - a.customers)[0];
    });
    await page.goto(url(`/customers?r=${cell.r}&fm=${cell.fm}`));
    await expect.poll(totalText).toBe(`${cell.customers.toLocaleString('en-US')} customers found`);
    expect(await page.getByText(`Heat-map cell R ${cell.r} · FM ${cell.fm}`).count()).toBe(1);
  });

  it('opens a card from the keyboard: arrows move through the rows, Enter opens', async () => {
    await page.goto(url('/customers'));
    await expect.poll(() => rows().locator('a[href]').count()).toBeGreaterThan(5);
    const third = await page.evaluate(async () => (await window.__segmentaEngine!.listCustomers({ offset: 2, limit: 1 })).rows[0]);
    await page.getByLabel('Segment').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/customers/${third.id}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(third.name || third.id);
  });

  it('returns to the same rows when going back from a card', async () => {
    await page.goto(url('/customers'));
    await expect.poll(() => rows().locator('a[href]').count()).toBeGreaterThan(5);
    await scroller().evaluate((el) => { el.scrollTop = 60 * 1000; });
    const row = page.locator('li.customer-row[aria-posinset="1002"] a');
    await expect.poll(() => row.getAttribute('href')).toMatch(/^\/customers\//);
    const href = await row.getAttribute('href');
    await row.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(href);
    await page.goBack();
    await expect.poll(() => page.locator('li.customer-row[aria-posinset="1002"] a').getAttribute('href')).toBe(href);
    expect(await scroller().evaluate((el) => el.scrollTop)).toBe(60 * 1000);
  });

  it('has no serious or critical accessibility violations', async () => {
    await page.goto(url('/customers'));
    await expect.poll(() => rows().locator('a[href]').count()).toBeGreaterThan(5);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('the customer card', () => {
  let moved: { id: string; before: string; after: string; name: string };

  it('shows R/F/M, the explanation, segments, orders and the move after the RFM settings changed', async () => {
    moved = await page.evaluate(async () => {
      const e = window.__segmentaEngine!;
      const before = (await e.listCustomers({ offset: 0, limit: 2000 })).rows;
      const settings = await e.settings();
      await e.updateSettings({ rfm: { ...settings.rfm, recency: { kind: 'thresholds', bounds: [30, 90, 180, 365] } } });
      const after = new Map((await e.listCustomers({ offset: 0, limit: 2000 })).rows.map((r) => [r.id, r]));
      const r = before.find((b) => b.frequency >= 12 && b.segment && after.get(b.id)?.segment && after.get(b.id)!.segment !== b.segment)!;
      return { id: r.id, before: r.segment!, after: after.get(r.id)!.segment!, name: r.name };
    });
    const card = await page.evaluate(async (id) => window.__segmentaEngine!.customerCard(id), moved.id);
    await page.goto(url(`/customers/${encodeURIComponent(moved.id)}`));
    await expect.poll(() => page.locator('h1').textContent()).toBe(moved.name || moved.id);
    expect(await page.getByTestId('rfm-code').textContent()).toBe(`R${card!.row.r} F${card!.row.f} M${card!.row.m}`);
    expect(await page.getByTestId('rfm-segment').textContent()).toBe(moved.after);
    const recency = card!.explanation!.dimensions[0];
    expect(await page.locator('.dimension').first().textContent()).toContain(`${recency.value} days since the last order`);
    expect(await page.locator('.dimension-next').count()).toBe(3);
    expect(await page.getByRole('heading', { name: 'Segments' }).count()).toBe(1);
    expect(await page.getByTestId('card-segments').textContent()).toContain('Frequent buyers');
    expect(await page.getByTestId('orders-shown').textContent()).toBe(`The newest ${card!.orders.length} of ${card!.orderCount} orders.`);
    expect(await page.locator('table[aria-labelledby=card-orders] tbody tr').count()).toBe(card!.orders.length);
    const moveRows = page.getByTestId('moves').locator('tbody tr');
    expect(await moveRows.first().textContent()).toContain(`RFM${moved.before}${moved.after}`);
  });

  it('saves a profile edit and finds it again after a reload', async () => {
    await page.getByLabel('City').fill('Казань');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Saved.').count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByLabel('City').inputValue()).toBe('Казань');
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await axeViolations()).toEqual([]);
  });

  it('speaks Russian: headings, counts, RFM segment names and hints', async () => {
    await page.evaluate(() => localStorage.setItem('segmenta.lang', 'ru'));
    const ru = await context.newPage();
    await ru.goto(url(`/customers/${encodeURIComponent(moved.id)}`));
    await expect.poll(() => ru.getByRole('heading', { name: 'Оценки RFM' }).count()).toBe(1);
    expect(await ru.getByTestId('rfm-segment').textContent()).toBe(segmentLabelRu(moved.after));
    expect(await ru.getByRole('heading', { name: 'История переходов' }).count()).toBe(1);
    expect(await ru.locator('.dimension').first().textContent()).toMatch(/(день|дня|дней) с последнего заказа/);
    await ru.goto(url('/customers'));
    await expect.poll(() => ru.getByTestId('customers-total').textContent()).toBe('2\u00a0000 клиентов');
    expect(await ru.getByLabel('Найти клиента').count()).toBe(1);
    await ru.close();
  });

  it('deletes a customer only after confirmation', async () => {
    await page.goto(url(`/customers/${encodeURIComponent(moved.id)}`));
    await page.getByRole('button', { name: 'Delete customer' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await engineTotal()).toBe(2000);
    await page.getByRole('button', { name: 'Delete customer' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/customers');
    await expect.poll(totalText).toBe('1,999 customers');
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
