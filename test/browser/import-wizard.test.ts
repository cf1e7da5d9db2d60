import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { closeChromium, distPwa, e2eTmp, generateDataset, launchChromium, repoRoot, requireBuild, serveStatic, type StaticServer } from './harness.ts';
import { datasetS, generatedDataset } from '../helpers/dataset-s.ts';

// The import wizard (issue #4) on /import: files picked through its input, checked, corrected, imported.
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let ru: string;
let dirty: string;
let odd: string;
const pageErrors: string[] = [];

interface Meta { customers: number; orders_clean?: number; buyers: number; dirty_rows?: number }
const meta = (dir: string) => JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Meta;

beforeAll(async () => {
  ru = generateDataset('wizard-ru', { customers: 1000, orders: 10000, dialect: 'ru-excel' });
  dirty = generatedDataset('e2e-wizard-dirty', ['--customers', '300', '--orders', '3000', '--seed', '9', '--dirty', '20']);
  odd = join(e2eTmp, 'data', 'wizard-odd');
  mkdirSync(odd, { recursive: true });
  // Dates that fit both day-first and month-first all through: the engine refuses until the user chooses.
  writeFileSync(join(odd, 'ambiguous.csv'), 'order_id,customer_id,order_date,amount\nA1,C0000001,05/06/2026,1.00\nA2,C0000002,07/08/2026,2.00\n');
  writeFileSync(join(odd, 'colours.csv'), 'colour,size\nred,L\nblue,M\n');
  datasetS();
  server = await serveStatic(requireBuild(distPwa));
  context = await launchChromium('import-wizard');
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(new URL('import', server.url).href);
  await page.waitForFunction(() => document.querySelector('[data-testid=status]')?.textContent === '0 customers · 0 orders · 0 scored');
});

afterAll(async () => {
  await closeChromium(context);
  await server?.close();
});

const statusText = () => page.getByTestId('status').textContent();
const fileInput = () => page.locator('.import-screen input[type=file]');
const card = (name: string): Locator => page.locator(`.file-review[data-file="${name}"]`);
const importButton = () => page.getByRole('button', { name: /^Import \d+ files?$/ });
const reportCell = (file: string, col: string) => page.locator(`.import-report tr[data-file="${file}"] td[data-col=${col}]`);
const en = (n: number) => n.toLocaleString('en-US');

async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: join(repoRoot, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the import wizard', () => {
  it('changes nothing when the user cancels the import', async () => {
    await fileInput().setInputFiles([join(datasetS(), 'customers.csv'), join(datasetS(), 'orders.csv')]);
    await expect.poll(() => importButton().textContent()).toBe('Import 2 files');
    await importButton().click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 }).toBe('Import cancelled: nothing was changed.');
    expect(await statusText()).toBe('0 customers · 0 orders · 0 scored');
    await page.getByRole('button', { name: 'Clear the list' }).click();
    await expect.poll(() => page.locator('.file-review').count()).toBe(0);
  });

  it('shows the encoding, delimiter, decimal comma, date format and first rows detected in Russian Excel files', async () => {
    await fileInput().setInputFiles([join(ru, 'customers.csv'), join(ru, 'orders.csv')]);
    const orders = card('orders.csv');
    await expect.poll(() => orders.getByTestId('encoding').textContent()).toBe('windows-1251');
    expect(await orders.getByTestId('delimiter').textContent()).toBe('semicolon');
    expect(await orders.getByTestId('decimal').textContent()).toBe('comma (1 234,50)');
    expect(await orders.getByLabel('Date format').inputValue()).toBe('dmy');
    expect(await orders.getByLabel('Read as').inputValue()).toBe('generic-orders');
    expect(await card('customers.csv').locator('.kind').textContent()).toBe('Customers');
    // The first data row, decoded from Windows-1251, as the sample table shows it.
    const first = new TextDecoder('windows-1251').decode(readFileSync(join(ru, 'orders.csv'))).split('\r\n')[1].split(';');
    const row = orders.getByRole('region', { name: 'First rows of orders.csv' }).locator('tbody tr').first();
    expect(await row.locator('td').allTextContents()).toEqual(first);
    expect(first[3]).toMatch(/^\d+,\d\d$/);
  });

  it('has no serious accessibility violations while reviewing files', async () => {
    expect(await axeViolations()).toEqual([]);
  });

  it('imports with a changed column mapping and reports the right counts', async () => {
    const customers = card('customers.csv');
    const email = customers.getByLabel('Field for column “email”');
    expect(await email.inputValue()).toBe('email');
    await email.selectOption('attribute');
    await importButton().click();
    const m = meta(ru);
    await expect.poll(statusText, { timeout: 60_000 }).toBe(`1,000 customers · 10,000 orders · ${en(m.buyers)} scored`);
    await expect.poll(() => page.locator('.import-report .summary').textContent()).toMatch(/^Imported 11,000 rows from 2 files in [\d.]+ s\.$/);
    expect(await reportCell('customers.csv', 'customersNew').textContent()).toBe('1,000');
    expect(await reportCell('orders.csv', 'ordersNew').textContent()).toBe('10,000');
    expect(await reportCell('orders.csv', 'rejected').textContent()).toBe('0');
    // The email column went to the attributes, not to the customer's emails.
    const card1 = await page.evaluate(() => window.__segmentaEngine!.customerCard('C0000001'));
    expect(card1?.customer.emails).toEqual([]);
    expect(Object.values(card1?.customer.attributes ?? {}).join(' ')).toMatch(/@/);
  });

  it('reports rejected rows with their reasons as a downloadable CSV, in the report and the history', async () => {
    await fileInput().setInputFiles([join(dirty, 'customers.csv'), join(dirty, 'orders.csv')]);
    await expect.poll(() => importButton().isEnabled()).toBe(true);
    await importButton().click();
    const rejected = reportCell('orders.csv', 'rejected');
    await expect.poll(() => rejected.isVisible(), { timeout: 60_000 }).toBe(true);
    const count = Number((await rejected.textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(meta(dirty).dirty_rows!);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.import-report').getByRole('button', { name: 'Download the rejected rows of orders.csv (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('orders-rejected.csv');
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('file,line,column,value,code,status,reason');
    // Exact copies of an order are listed too, but counted as duplicate orders rather than rejected.
    const rows = lines.filter((l) => l.includes(',not imported,') && !l.includes(',duplicate_order_id,'));
    expect(rows.length).toBe(count);
    expect(csv).toMatch(/,negative_amount,not imported,The amount is negative/);
    expect(csv).toMatch(/missing_order_id/);
    // The first of them, with their reasons, in the report itself (in Russian too).
    const details = page.locator('.rejected-rows[data-file="orders.csv"]');
    await details.locator('summary').click();
    expect(await details.locator('summary').textContent()).toBe(`Rejected rows and warnings of orders.csv (${lines.length - 1})`);
    const negative = details.locator('tr[data-code=negative_amount]').first();
    expect(await negative.locator('td').allTextContents()).toEqual([
      expect.stringMatching(/^\d+$/), 'amount', expect.stringMatching(/^-\d+\.\d\d$/), 'Not imported',
      'The amount is negative (a return?); returns are not orders.',
    ]);
    await page.getByLabel('Language').selectOption('ru');
    try {
      await expect.poll(() => negative.locator('td').nth(4).textContent()).toBe('Отрицательная сумма (возврат?); возвраты — не заказы.');
      expect(await negative.locator('td').nth(3).textContent()).toBe('Не импортирована');
    } finally {
      await page.getByLabel('Язык').selectOption('en');
    }
    expect(await axeViolations()).toEqual([]);
    // The history lists every import, newest first, each dirty one downloadable again.
    const history = page.locator('.history-table tbody tr');
    await expect.poll(() => history.count()).toBe(4);
    expect(await history.first().locator('th').textContent()).toBe('orders.csv');
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      history.first().getByRole('button', { name: 'Download the rejected rows of orders.csv (CSV)' }).click(),
    ]);
    expect(readFileSync((await again.path())!, 'utf8').replace(/^\uFEFF/, '')).toBe(csv);
  });

  it('asks the date order of a file whose dates fit several, and says why a file cannot be imported', async () => {
    await fileInput().setInputFiles([join(odd, 'ambiguous.csv'), join(odd, 'colours.csv')]);
    await expect.poll(() => card('colours.csv').locator('.file-error').textContent())
      .toBe('This file cannot be imported: No column looks like a customer id, email, phone or order id: is this a customers or orders file?');
    const ambiguous = card('ambiguous.csv');
    await expect.poll(() => ambiguous.locator('.warn').textContent()).toMatch(/do not tell the day from the month/);
    await expect.poll(() => importButton().textContent()).toBe('Import 1 file');
    await importButton().click();
    await expect.poll(() => page.locator('p.error[role=alert]').first().textContent()).toMatch(/^Nothing was imported: The dates fit several orders/);
    expect(await ambiguous.getByLabel('Date format').getAttribute('aria-invalid')).toBe('true');
    await ambiguous.getByLabel('Date format').selectOption('mdy');
    await importButton().click();
    await expect.poll(() => reportCell('ambiguous.csv', 'ordersNew').textContent(), { timeout: 30_000 }).toBe('2');
    const card1 = await page.evaluate(() => window.__segmentaEngine!.customerCard('C0000001'));
    expect(card1?.orders.find((o) => o.orderId === 'A1')?.time).toBe(Date.UTC(2026, 4, 6) / 1000);
  });

  it('takes a dropped campaign results file for one, and merges its rows', async () => {
    const text = 'Кампания;ID клиента;Отправлено;Открыто;Выручка\nЛето;C0000001;1;1;0\nЛето;C0000002;1;0;0\nОсень;C0000003;1;1;500\n';
    await page.evaluate((csv) => {
      const dt = new DataTransfer();
      dt.items.add(new File([csv], 'campaign.csv', { type: 'text/csv' }));
      const zone = document.querySelector('.drop-zone')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    const campaign = card('campaign.csv');
    await expect.poll(() => campaign.locator('.kind').textContent()).toBe('Campaign results');
    expect(await campaign.getByLabel('Read as').inputValue()).toBe('campaign-results');
    expect(await campaign.locator('.mapping-table tbody td:nth-child(2)').allTextContents())
      .toEqual(['Campaign', 'Customer ID', 'Sent', 'Opened', 'Revenue']);
    await importButton().click();
    await expect.poll(() => page.locator('.import-report tr[data-file="campaign.csv"] th').textContent(), { timeout: 30_000 })
      .toBe('campaign.csv' + 'Campaign rows added: 3');
    expect(await page.locator('.history-table tbody tr').first().locator('td').nth(1).textContent()).toBe('Campaign results');
  });

  it('has no serious accessibility violations in the report', async () => {
    expect(await axeViolations()).toEqual([]);
  });

  it('speaks Russian when the language is Russian', async () => {
    await page.getByLabel('Language').selectOption('ru');
    try {
      await expect.poll(() => page.locator('h1').textContent()).toBe('Импорт');
      expect(await page.locator('.import-report h2').textContent()).toBe('Отчёт');
      expect(await page.locator('#import-history-title').textContent()).toBe('История импорта');
      await fileInput().setInputFiles([join(ru, 'orders.csv'), join(odd, 'colours.csv')]);
      await expect.poll(() => card('colours.csv').locator('.file-error').textContent())
        .toBe('Этот файл нельзя импортировать: ни один столбец не похож на ID клиента, email, телефон или номер заказа.');
      const orders = card('orders.csv');
      await expect.poll(() => orders.getByTestId('delimiter').textContent()).toBe('точка с запятой');
      expect(await orders.getByTestId('decimal').textContent()).toBe('запятая (1 234,50)');
      expect(await orders.getByLabel('Формат дат').inputValue()).toBe('dmy');
      expect(await page.getByRole('button', { name: 'Импортировать 1 файл' }).count()).toBe(1);
      await page.getByRole('button', { name: 'Очистить список' }).click();
    } finally {
      await page.getByLabel('Язык').selectOption('en');
    }
  });

  it('fits phones and tablets without sideways scrolling (screenshots in .e2e-tmp/screenshots)', async () => {
    await fileInput().setInputFiles([join(ru, 'customers.csv'), join(ru, 'orders.csv')]);
    await card('orders.csv').getByTestId('delimiter').waitFor();
    const shots = join(e2eTmp, 'screenshots');
    mkdirSync(shots, { recursive: true });
    try {
      for (const [width, height] of [[375, 667], [768, 1024], [1024, 768]]) {
        await page.setViewportSize({ width, height });
        await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
        await page.screenshot({ path: join(shots, `import-${width}x${height}.png`) });
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
