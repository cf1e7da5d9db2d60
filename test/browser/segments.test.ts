import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { closeChromium, distPwa, generateDataset, launchChromium, repoRoot, requireBuild, serveStatic, type StaticServer } from './harness.ts';

// The segment screens (issue #4): the rule builder driven by clicks and typing, checked against the engine.
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let data: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  data = generateDataset('e2e-1k', { customers: 1000, orders: 10000 });
  server = await serveStatic(requireBuild(distPwa));
  context = await launchChromium('segments');
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(new URL('segments', server.url).href);
  const files = ['customers.csv', 'orders.csv'].map((name) => ({ name, text: readFileSync(join(data, name), 'utf8') }));
  // Campaign results for the first three customers (the ones the static segment test pastes).
  const ids = files[0].text.split('\n').slice(1, 4).map((l) => l.split(',')[0]);
  files.push({
    name: 'рассылка.csv',
    text: 'Кампания;Клиент;Отправлено;Открыто;Конверсия;Выручка;Стоимость\r\n' + ids.map((id, i) => `Весна;${id};да;${i < 2 ? 'да' : 'нет'};нет;0;1,50\r\n`).join(''),
  });
  await page.waitForFunction(() => window.__segmentaEngine !== undefined);
  await page.evaluate(async (files) => {
    await window.__segmentaEngine!.importFiles(files.map((f) => new File([f.text], f.name, { type: 'text/csv' })), {});
  }, files);
  await page.reload();
});

afterAll(async () => {
  await closeChromium(context);
  await server?.close();
});

const node = (path: string): Locator => page.locator(`li[data-path="${path}"]`);
const addCondition = (group: string) => node(group).locator('> div > .group-actions button').filter({ hasText: 'Add condition' }).click();
const addGroup = (group: string) => node(group).locator('> div > .group-actions button').filter({ hasText: 'Add group' }).click();
const setGroupType = (group: string, kind: string) => node(group).locator('> div > .group-head select').selectOption(kind);

/** Picks a field after typing part of its label in the picker's filter, then the operator, then types the value. */
async function condition(path: string, filter: string, field: string, op: string, value?: string): Promise<void> {
  const n = node(path);
  await n.getByLabel('Filter fields').fill(filter);
  await n.getByLabel('Field', { exact: true }).selectOption(field);
  await n.getByLabel('Operator').selectOption(op);
  if (value !== undefined) await n.locator('.condition-row input[aria-label^="Value"], .condition-row input[aria-label="Days"]').first().fill(value);
}

const liveCount = async (): Promise<number | undefined> => {
  const attr = await page.getByTestId('live-count').getAttribute('data-count', { timeout: 1000 }).catch(() => null);
  return attr === null ? undefined : Number(attr);
};
const enginePreview = (rule: unknown) =>
  page.evaluate(async (r) => (await window.__segmentaEngine!.previewRule(r, 0)).count, rule);
const segments = () => page.evaluate(() => window.__segmentaEngine!.segments());
const heading = () => page.locator('h1').textContent();

const NESTED_RULE = {
  all: [
    { field: 'totalSpent', op: 'gte', value: 15_000 },
    {
      any: [
        { field: 'orders', op: 'gte', value: 12 },
        { not: { field: 'daysSinceLastOrder', op: 'gt', value: 200 } },
      ],
    },
  ],
};
let savedId = '';

describe('the segment editor', () => {
  it('builds a rule with nested groups by clicks and typing, and its live count is the engine’s count of that rule', async () => {
    await page.getByRole('link', { name: 'New segment' }).click();
    await expect.poll(heading).toBe('New segment');
    await page.getByLabel('Name', { exact: true }).fill('Loyal big spenders');
    await condition('all[0]', 'spent', 'totalSpent', 'gte', '150');
    await addGroup('');
    await setGroupType('all[1]', 'any');
    await condition('all[1].any[0]', 'order', 'orders', 'gte', '12');
    await addGroup('all[1]');
    await setGroupType('all[1].any[1]', 'not');
    await condition('all[1].any[1].not', 'last order', 'daysSinceLastOrder', 'gt', '200');
    const expected = await enginePreview(NESTED_RULE);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(1000);
    await expect.poll(liveCount).toBe(expected);
    expect(await page.getByTestId('live-count').textContent()).toBe(`${expected!.toLocaleString('en-US')} customers`);
    expect(await page.locator('.sample li').count()).toBe(Math.min(10, expected!));
    expect(await page.locator('.sample a').first().getAttribute('href')).toMatch(/^\/customers\//);
  });

  it('saves the segment with exactly the rule built, and opens it', async () => {
    await page.getByRole('button', { name: 'Create segment' }).click();
    await expect.poll(heading).toBe('Loyal big spenders');
    const saved = (await segments()).find((s) => s.segment.name === 'Loyal big spenders')!;
    expect(saved.segment.rule).toEqual(NESTED_RULE);
    savedId = saved.segment.id;
    expect(page.url()).toContain(`/segments/${savedId}`);
    await expect.poll(() => page.locator('.segment-status').textContent()).toContain(`${saved.size.toLocaleString('en-US')} customers`);
  });

  it('exports the segment for Mailchimp as a downloaded CSV whose rows match the summary', async () => {
    const panel = page.locator('.export-panel');
    await panel.getByLabel('Service').selectOption('mailchimp');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
    expect(lines[0]).toMatch(/^Email Address,First Name,Last Name,Phone Number,Birthday,Country,City,RFM Segment,Tags$/);
    const summary = await page.getByTestId('export-summary').textContent();
    const m = /: ([\d,]+) rows; skipped ([\d,]+) without consent, ([\d,]+) without contact/.exec(summary!)!;
    const [rows, noConsent, noContact] = m.slice(1).map((x) => Number(x.replace(/,/g, '')));
    expect(lines.length - 1).toBe(rows);
    expect(rows).toBeGreaterThan(0);
    const size = (await segments()).find((s) => s.segment.id === savedId)!.size;
    expect(rows + noConsent + noContact).toBe(size);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  it('shows the persona and saves the name the user gives it', async () => {
    const name = page.getByLabel('Persona name');
    await expect.poll(() => name.inputValue()).not.toBe('');
    await name.fill('Weekend regulars');
    await page.getByRole('button', { name: 'Save persona' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Persona saved.' }).count()).toBe(1);
    const saved = (await segments()).find((s) => s.segment.id === savedId)!;
    expect(saved.segment.persona?.name).toBe('Weekend regulars');
    expect(saved.segment.rule).toEqual(NESTED_RULE);
  });

  it('freezes the segment into a static copy holding the same customers', async () => {
    const size = (await segments()).find((s) => s.segment.id === savedId)!.size;
    await page.getByLabel('Name of the static copy').fill('Big spenders, frozen');
    await page.getByRole('button', { name: 'Freeze to static' }).click();
    await expect.poll(heading).toBe('Big spenders, frozen');
    const frozen = (await segments()).find((s) => s.segment.name === 'Big spenders, frozen')!;
    expect(frozen.segment.kind).toBe('static');
    expect(frozen.size).toBe(size);
    expect(page.url()).toContain(encodeURIComponent(frozen.segment.id));
    await expect.poll(() => page.locator('.static-members h3').textContent()).toBe(`${size.toLocaleString('en-US')} members`);
  });

  it('shows an invalid condition’s problem at that condition, and refuses to save it', async () => {
    await page.goto(new URL('segments/new', server.url).href);
    await page.getByLabel('Name', { exact: true }).fill('Broken');
    await addCondition('');
    await condition('all[1]', '', 'lastOrderDate', 'between');
    await node('all[1]').getByLabel('From', { exact: true }).fill('2024-05-01');
    await node('all[1]').getByLabel('To', { exact: true }).fill('2024-01-01');
    await expect.poll(() => node('all[1]').locator('.node-problems').textContent()).toMatch(/swap them/);
    // The first condition has no field yet: its own problem sits at its own node, not at the other.
    expect(await node('all[0]').locator('.node-problems').textContent()).toMatch(/no field/);
    expect(await node('all[1]').locator('.node-problems li').count()).toBe(1);
    await page.getByRole('button', { name: 'Create segment' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Not saved: 2 problems/);
    expect((await segments()).some((s) => s.segment.name === 'Broken')).toBe(false);
  });

  it('clears a value that no longer fits when the operator changes', async () => {
    await node('all[1]').getByLabel('Operator').selectOption('is_empty');
    await expect.poll(() => node('all[1]').locator('.node-problems').count()).toBe(0);
    await node('all[1]').getByLabel('Operator').selectOption('in_last_days');
    await node('all[1]').getByLabel('Days').fill('30');
    await node('all[0]').getByRole('button', { name: 'Remove condition' }).click();
    await expect.poll(() => page.locator('.node-problems').count()).toBe(0);
    await expect.poll(liveCount).toBe(await enginePreview({ all: [{ field: 'lastOrderDate', op: 'in_last_days', value: 30 }] }));
  });
});

describe('the segment list', () => {
  it('lists the segments with size, share, revenue and metrics', async () => {
    await page.goto(new URL('segments', server.url).href);
    const row = page.getByRole('row').filter({ hasText: 'Loyal big spenders' });
    const size = (await segments()).find((s) => s.segment.id === savedId)!.size;
    await expect.poll(() => row.locator('td').first().textContent()).toBe(size.toLocaleString('en-US'));
    await expect.poll(() => row.locator('td').nth(2).textContent()).toMatch(/^[\d,]+\.\d\d$/);
    await page.getByRole('button', { name: 'Predict CLV' }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: 'Predicted CLV' }).count()).toBe(1);
    await expect.poll(() => row.locator('td').last().textContent()).toMatch(/^[\d,]+\.\d\d$/);
  });

  it('creates a segment from a template and opens it with the template’s rule in the builder', async () => {
    await page.getByRole('button', { name: 'Create from template “One-time buyers”' }).click();
    await expect.poll(heading).toBe('One-time buyers');
    expect(await node('all[0]').getByLabel('Field', { exact: true }).inputValue()).toBe('oneTimeBuyer');
    const made = (await segments()).find((s) => s.segment.name === 'One-time buyers')!;
    await expect.poll(liveCount).toBe(made.size);
  });

  it('makes a static segment from pasted emails, lists the unmatched, and removes members one by one', async () => {
    const emails = readFileSync(join(data, 'customers.csv'), 'utf8').split('\n').slice(1, 4).map((l) => l.split(',')[1]);
    expect(emails.every((e) => e.includes('@'))).toBe(true);
    await page.goto(new URL('segments', server.url).href);
    await page.getByRole('link', { name: 'New static segment' }).click();
    await page.getByLabel('Name', { exact: true }).fill('VIP list');
    await page.getByRole('button', { name: 'Create static segment' }).click();
    await expect.poll(heading).toBe('VIP list');
    await page.getByLabel(/^Paste emails/).fill([...emails, 'nobody@example.invalid'].join('\n'));
    await page.getByRole('button', { name: 'Add to segment' }).click();
    await expect.poll(() => page.getByTestId('members-result').textContent()).toBe('3 added, 0 removed.');
    expect(await page.getByTestId('unmatched').textContent()).toBe('nobody@example.invalid');
    await expect.poll(() => page.locator('.member-list li').count()).toBe(3);
    const spring = page.getByRole('table', { name: 'Campaign results' }).getByRole('row').filter({ hasText: 'Весна' });
    await expect.poll(() => spring.locator('td').allTextContents()).toEqual(['3', '66.7%', '0%', '0%', '0.00', '-100%']);
    await page.locator('.member-list li').first().getByRole('button').click();
    await expect.poll(() => page.locator('.member-list li').count()).toBe(2);
    expect((await segments()).find((s) => s.segment.name === 'VIP list')!.size).toBe(2);
  });

  it('deletes a segment after a second confirmation and goes back to the list', async () => {
    await page.getByRole('button', { name: 'Delete segment' }).click();
    expect((await segments()).some((s) => s.segment.name === 'VIP list')).toBe(true);
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(heading).toBe('Segments');
    expect((await segments()).some((s) => s.segment.name === 'VIP list')).toBe(false);
    expect(await page.getByRole('link', { name: 'VIP list' }).count()).toBe(0);
  });

  it('has no serious or critical accessibility violations in the list and the editor', async () => {
    for (const path of ['segments', `segments/${encodeURIComponent(savedId)}`]) {
      await page.goto(new URL(path, server.url).href);
      await page.waitForSelector('h1');
      await page.waitForTimeout(400);
      await page.addScriptTag({ path: join(repoRoot, 'node_modules/axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Element): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document.body);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
    }
  });
});

describe('in Russian', () => {
  it('shows the list, the templates and the builder in Russian, and names template segments in Russian', async () => {
    await page.goto(new URL('segments', server.url).href);
    await page.locator('.language select').selectOption('ru');
    await expect.poll(heading).toBe('Сегменты');
    await page.getByRole('button', { name: 'Создать по шаблону «Не покупали 90+ дней»' }).click();
    await expect.poll(heading).toBe('Не покупали 90+ дней');
    expect(await node('all[0]').getByLabel('Оператор').locator('option:checked').textContent()).toBe('больше');
    await expect.poll(() => page.getByTestId('live-count').textContent()).toMatch(/^[\d\s\u00a0]+ клиент(а|ов)?$/);
    await page.getByRole('button', { name: 'Добавить условие' }).first().click();
    await expect.poll(() => node('all[1]').locator('.node-problems').textContent()).toBe('Выберите поле для этого условия.');
  });

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
