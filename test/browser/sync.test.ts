/**
 * Sync by file end to end (issue #6): two browser profiles (two devices) with the PWA import the same
 * data, edit offline (different segments, the same customer on both, a deletion on one), exchange
 * their files through the Sync screen in both directions and end identical; a third device gets both
 * files in either order and ends the same; a damaged file is refused; the backup restores.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { closeChromium, e2eTmp, distPwa, generateDataset, launchChromium, repoRoot, requireBuild, serveStatic, type StaticServer } from './harness.ts';

interface Device { context: BrowserContext; page: Page; errors: string[] }

let server: StaticServer;
const devices: Device[] = [];
let A: Device;
let B: Device;
let ids: string[];
const files: Record<'a' | 'b', string> = { a: '', b: '' };

async function device(name: string): Promise<Device> {
  const context = await launchChromium(name);
  const page = context.pages()[0] ?? (await context.newPage());
  const d: Device = { context, page, errors: [] };
  page.on('pageerror', (e) => d.errors.push(e.message));
  await page.goto(server.url);
  await page.waitForFunction(() => window.__segmentaEngine !== undefined);
  devices.push(d);
  return d;
}

/** What must be identical on two devices after exchanging files. */
const state = (d: Device) => d.page.evaluate(async () => {
  const e = window.__segmentaEngine!;
  const customers = (await e.listCustomers({ offset: 0, limit: 5000 })).rows;
  // By id: the list's order is each device's own (see the report), the segments themselves must match.
  const segments = (await e.segments()).map((s) => ({ id: s.segment.id, name: s.segment.name, kind: s.segment.kind, size: s.size }))
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  return { customers, segments, rfm: await e.canonicalRfmCsv() };
});
const card = (d: Device, id: string) => d.page.evaluate((cid) => window.__segmentaEngine!.customerCard(cid), id);

/** Exports everything through the Sync screen and saves the download under .e2e-tmp. */
async function exportAll(d: Device, as: string): Promise<string> {
  await d.page.goto(new URL('sync', server.url).href);
  await d.page.getByRole('radio', { name: 'Everything' }).check();
  const [download] = await Promise.all([
    d.page.waitForEvent('download'),
    d.page.getByRole('button', { name: 'Export and download' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^segmenta-\d{4}-\d{2}-\d{2}\.segmenta$/);
  const path = join(e2eTmp, `sync-${process.pid}-${as}.segmenta`);
  await download.saveAs(path);
  await expect.poll(() => d.page.getByTestId('sync-export-status').textContent()).toMatch(/^Saved segmenta-.*\.segmenta \(/);
  return path;
}

/** Picks a file on the Sync screen and waits for its preview (or refusal). */
async function pick(d: Device, path: string): Promise<void> {
  await d.page.goto(new URL('sync', server.url).href);
  await d.page.locator('input[type=file]').setInputFiles(path);
}

async function importThrough(d: Device, path: string): Promise<void> {
  await pick(d, path);
  await d.page.getByTestId('sync-preview').waitFor();
  await d.page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect.poll(() => d.page.getByTestId('sync-import-status').textContent(), { timeout: 30_000 }).toMatch(/^Merged .*\. Customers now: /);
}

/** A merge through the engine (the screen is covered above): a third device, files in a given order. */
const mergeByEngine = (d: Device, path: string) => d.page.evaluate(async ({ bytes, name }) => {
  const e = window.__segmentaEngine!;
  const preview = await e.previewSync(new File([new Uint8Array(bytes)], name));
  if (!preview.nothingToDo) await e.applySync(preview.planId);
}, { bytes: [...readFileSync(path)], name: path.split('/').at(-1)! });

beforeAll(async () => {
  const data = generateDataset('sync', { customers: 300, orders: 2_000, seed: 11 });
  ids = readFileSync(join(data, 'customers.csv'), 'utf8').trim().split('\n').slice(1, 6).map((l) => l.split(',')[0]);
  server = await serveStatic(requireBuild(distPwa));
  const csv = ['customers.csv', 'orders.csv'].map((name) => ({ name, text: readFileSync(join(data, name), 'utf8') }));
  [A, B] = [await device('sync-a'), await device('sync-b')];
  for (const d of [A, B]) {
    await d.page.evaluate(async (list) => {
      await window.__segmentaEngine!.importFiles(list.map((f) => new File([f.text], f.name, { type: 'text/csv' })), {});
    }, csv);
  }
}, 120_000);

afterAll(async () => {
  for (const d of devices) await closeChromium(d.context);
  await server?.close();
});

describe('sync between two devices', () => {
  it('two devices edit offline and each exports its file from the Sync screen', async () => {
    const [c0, c1, c2, c3, c4] = ids;
    for (const d of [A, B]) await d.context.setOffline(true);
    // A: its own static segment, the customer's city, and a deletion.
    await A.page.evaluate(async ([x, y, gone]) => {
      const e = window.__segmentaEngine!;
      const seg = await e.saveSegment({ name: 'Laptop list', kind: 'static' });
      await e.changeMembers(seg.segment.id, { add: [x, y] });
      await e.updateCustomer(x, { city: 'Kazan' });
      await e.deleteCustomer(gone);
    }, [c0, c1, c4]);
    // B, later: another static segment, the same customer's name, and the same field (city) again.
    await new Promise((r) => setTimeout(r, 20));
    await B.page.evaluate(async ([x, z]) => {
      const e = window.__segmentaEngine!;
      const seg = await e.saveSegment({ name: 'Tablet list', kind: 'static' });
      await e.changeMembers(seg.segment.id, { add: [z, x] });
      await e.updateCustomer(x, { firstName: 'Zinaida' });
      await new Promise((r) => setTimeout(r, 20));
      await e.updateCustomer(x, { city: 'Omsk' });
    }, [c0, c2]);
    files.a = await exportAll(A, 'a');
    files.b = await exportAll(B, 'b');
    void c3;
  });

  it("shows what B's file changes on A, in plain words per kind, and merges it after Merge", async () => {
    await pick(A, files.b);
    const preview = A.page.getByTestId('sync-preview');
    await preview.waitFor();
    expect(await preview.getByRole('heading').first().textContent()).toMatch(/^What merging sync-\d+-b\.segmenta changes$/);
    const customers = preview.locator('tr[data-kind=customers]');
    // The same customer edited on both devices is a resolved conflict.
    expect(Number(await customers.locator('td').nth(4).textContent())).toBeGreaterThanOrEqual(1);
    expect(await preview.locator('tr[data-kind=segments] th').textContent()).toBe('Segments');
    await A.page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => A.page.getByTestId('sync-preview').count()).toBe(0);
    await importThrough(A, files.b);
  });

  it("merges A's file into B, and both devices end identical with both sides' edits kept", async () => {
    await importThrough(B, files.a);
    const [a, b] = [await state(A), await state(B)];
    expect(b).toEqual(a);
    expect(a.segments.map((s) => s.name)).toEqual(expect.arrayContaining(['Laptop list', 'Tablet list']));
    const [c0, , , , c4] = ids;
    expect(a.customers.some((r) => r.id === c4)).toBe(false);
    const x = await card(A, c0);
    expect(x?.customer).toMatchObject({ firstName: 'Zinaida', city: 'Omsk' });
    expect(x?.segments.map((s) => s.name)).toEqual(expect.arrayContaining(['Laptop list', 'Tablet list']));
  });

  it('importing the same file again has nothing to do', async () => {
    await pick(B, files.a);
    await expect.poll(() => B.page.getByTestId('sync-nothing').count()).toBe(1);
    expect(await B.page.getByRole('button', { name: 'Merge', exact: true }).count()).toBe(0);
    await B.page.getByRole('button', { name: 'Close' }).click();
  });

  it('a third device ends the same whether it receives A then B or B then A', async () => {
    const C = await device('sync-c');
    await mergeByEngine(C, files.a);
    await mergeByEngine(C, files.b);
    const ab = await state(C);
    await C.page.evaluate(() => window.__segmentaEngine!.clear());
    await mergeByEngine(C, files.b);
    await mergeByEngine(C, files.a);
    const ba = await state(C);
    expect(ba).toEqual(ab);
    const a = await state(A);
    expect(ab.customers).toEqual(a.customers);
    expect(ab.rfm).toBe(a.rfm);
    expect(ab.segments).toEqual(a.segments);
    await closeChromium(C.context);
    devices.splice(devices.indexOf(C), 1);
  });

  it('refuses a damaged file with a message saying so, and changes nothing', async () => {
    const before = await state(A);
    // Change one customer's email inside the (valid) compressed stream: every line still parses, the checksum differs.
    const text = gunzipSync(readFileSync(files.a)).toString('utf8');
    const email = /"[^"@\s]+@[^"\s]+"/.exec(text.split('\n').find((l) => l.includes('@'))!)![0];
    const damaged = join(e2eTmp, `sync-${process.pid}-damaged.segmenta`);
    writeFileSync(damaged, gzipSync(text.replace(email, email.replace(/^"./, '"q'))));
    await pick(A, damaged);
    await expect.poll(() => A.page.getByTestId('sync-import-status').textContent(), { timeout: 15_000 })
      .toBe('The file is damaged (its checksum does not match). Export it again on the other device and copy it once more.');
    expect(await A.page.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await state(A)).toEqual(before);
  });

  it('restores the data as it was before the last merge after a confirmation', async () => {
    await A.page.goto(new URL('sync', server.url).href);
    await expect.poll(() => A.page.getByTestId('sync-backup-info').textContent()).toMatch(/^Backup taken .* before the last merge \(/);
    await A.page.getByRole('button', { name: 'Restore the data as it was before the last merge' }).click();
    const dialog = A.page.getByRole('alertdialog');
    expect(await dialog.textContent()).toMatch(/Replace all current data with the backup from/);
    // The safe answer has the focus.
    await expect.poll(() => A.page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => A.page.getByTestId('sync-restore-status').textContent(), { timeout: 30_000 })
      .toBe('The data is restored as it was before the last merge.');
    // Before merging B's file, A had only its own segment and city.
    const restored = await state(A);
    expect(restored.segments.map((s) => s.name)).toContain('Laptop list');
    expect(restored.segments.map((s) => s.name)).not.toContain('Tablet list');
    expect((await card(A, ids[0]))?.customer).toMatchObject({ city: 'Kazan' });
  });

  it('the Sync screen reads in Russian and has no serious or critical accessibility violations', async () => {
    // On a phone, with a preview open (A's data is back before B's file: it has changes to show).
    await A.page.setViewportSize({ width: 375, height: 667 });
    await pick(A, files.b);
    await A.page.getByTestId('sync-preview').waitFor();
    expect(await A.page.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.sync-table-wrap'))
      .map((el) => `${el.tagName}.${el.className}`))).toEqual([]);
    await expect.poll(() => A.page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await A.page.getByRole('radio', { name: 'Chosen segments' }).check();
    await A.page.getByRole('checkbox', { name: 'Laptop list' }).check();
    await A.page.addScriptTag({ path: join(repoRoot, 'node_modules/axe-core/axe.min.js') });
    const violations = await A.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const r = await axe.run(document.querySelector('main'));
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`);
    });
    expect(violations).toEqual([]);
    const small = await A.page.evaluate(() => [...document.querySelectorAll('.sync-screen button, .sync-screen label.sync-choice, .sync-screen label.file-button')]
      .filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.textContent));
    expect(small).toEqual([]);
    await A.page.getByRole('button', { name: 'Cancel' }).click();
    await A.page.setViewportSize({ width: 1280, height: 800 });
    await A.page.locator('.language select').selectOption('ru');
    await expect.poll(() => A.page.getByRole('heading', { level: 1 }).textContent()).toBe('Синхронизация устройств');
    expect(await A.page.getByRole('button', { name: 'Восстановить данные, какими они были до последнего объединения' }).count()).toBe(1);
    await A.page.locator('.language select').selectOption('en');
    expect(A.errors).toEqual([]);
    expect(B.errors).toEqual([]);
  });

  it('exports chosen segments without their members\' data, and B reads it as a segments-only file', async () => {
    await A.page.goto(new URL('sync', server.url).href);
    await A.page.getByRole('radio', { name: 'Chosen segments' }).check();
    const exportButton = A.page.getByRole('button', { name: 'Export and download' });
    expect(await exportButton.isDisabled()).toBe(true);
    await A.page.getByRole('checkbox', { name: 'Laptop list' }).check();
    await A.page.getByRole('checkbox', { name: /^With their members/ }).uncheck();
    const [download] = await Promise.all([A.page.waitForEvent('download'), exportButton.click()]);
    const path = join(e2eTmp, `sync-${process.pid}-segments.segmenta`);
    await download.saveAs(path);
    await pick(B, path);
    await B.page.getByTestId('sync-preview').waitFor();
    expect(await B.page.getByTestId('sync-preview').textContent()).toContain('The file holds chosen segments only.');
    await B.page.getByRole('button', { name: /^(Cancel|Close)$/ }).click();
  });
});
