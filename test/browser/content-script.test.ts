/**
 * The content script and every site adapter in real Chromium (issue #5): each CRM's fixture page
 * (test/fixtures/extension/) served on 127.0.0.1 under the CRM's host name as the first path segment,
 * the test build of the extension (content-build.ts: the real content script, a stub background that
 * knows three made-up customers), the content script registered with chrome.scripting as the product does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { closeChromium, repoRoot } from './harness.ts';
import { buildContentTestExtension, contentTestExtension } from './content-build.ts';
import { cdpFor, centreOf, computedStyle } from './closed-badges.ts';
import { ContentPage, launchWithContentScript, serveFixtures, type Who } from './content-page.ts';

interface Case {
  name: string;
  fixture: string;
  url: string;
  open: Who[];
  /** After history.pushState to template#next's data-url and the page's content replaced by it. */
  navigated: Who[];
  /** After template#late is appended where its data-into says. */
  late: Who[];
}

const CASES: Case[] = [
  { name: 'HubSpot (contact, then company)', fixture: 'hubspot-contact.html', url: '/app.hubspot.com/contacts/2345678/record/0-1/51234567890', open: ['anna'], navigated: ['carla'], late: ['carla', 'boris'] },
  { name: 'Salesforce (contact, then lead)', fixture: 'salesforce-contact.html', url: '/acme.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view', open: ['anna'], navigated: [], late: ['boris'] },
  { name: 'Pipedrive (person, then deal)', fixture: 'pipedrive-person.html', url: '/acme.pipedrive.com/person/1234', open: ['anna'], navigated: [], late: ['carla'] },
  { name: 'amoCRM (contact, then lead)', fixture: 'amocrm-contact.html', url: '/acme.amocrm.ru/contacts/detail/24681357', open: ['anna'], navigated: ['boris'], late: ['boris', 'carla'] },
  { name: 'Bitrix24 (contact, then deal)', fixture: 'bitrix24-contact.html', url: '/acme.bitrix24.ru/crm/contact/details/15/', open: ['anna'], navigated: ['boris'], late: ['boris', 'carla'] },
  { name: 'Zoho CRM (contact, then lead)', fixture: 'zoho-contact.html', url: '/crm.zoho.com/crm/org700123456/tab/Contacts/5123456000000234567', open: ['anna'], navigated: [], late: ['boris'] },
  { name: 'Gmail (one conversation, then another)', fixture: 'gmail-thread.html', url: '/mail.google.com/mail/u/0/#inbox/FMfcgzQXJGvKpLmNqRsTvWxYz', open: ['anna'], navigated: ['carla'], late: ['carla', 'boris'] },
  { name: 'the generic adapter (a shop admin)', fixture: 'generic-shop.html', url: '/shop.example.com/orders/1042', open: ['anna', 'boris'], navigated: ['carla'], late: ['carla', 'boris'] },
];

let context: BrowserContext;
let worker: Worker;
let server: { origin: string; close(): Promise<void> };
let origin: string;
let page: Page;
let cdp: CDPSession;
let cp: ContentPage;
const batchTimes: number[] = [];
const observeTimes: number[] = [];
const startTimes: number[] = [];
const badgeDelays: number[] = [];
const problems: string[] = [];

beforeAll(async () => {
  const extension = await buildContentTestExtension();
  server = await serveFixtures(new Map(CASES.map((c) => [c.url.split('#')[0], c.fixture])));
  origin = server.origin;
  ({ context, worker } = await launchWithContentScript(extension));
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  cdp = await cdpFor(page);
  cp = new ContentPage(page, cdp, worker);
});

afterAll(async () => {
  await closeChromium(context);
  await server?.close();
});

const shown = () => cp.shown();
const labels = () => cp.labels();
const expectBadges = (who: Who[], step: string) => cp.expectBadges(who, step);

async function collectTimings(): Promise<void> {
  const t = await cp.timings();
  batchTimes.push(...t.batch);
  observeTimes.push(...t.observe);
  startTimes.push(...t.start);
}

describe('badges on every adapter\'s fixture page', () => {
  for (const c of CASES) {
    it(`${c.name}: the right badge for each customer on open, after an in-page navigation, for content rendered late (within 200 ms, one lookup message), gone with its content, never twice`, async () => {
      await page.goto(origin + c.url);
      await expectBadges(c.open, 'on open');

      await cp.goNext();
      await expectBadges(c.navigated, 'after navigation');
      // The page re-renders the same content: the badges are the same, not doubled.
      await page.evaluate(() => document.getElementById('app')?.replaceChildren((document.getElementById('next') as HTMLTemplateElement).content.cloneNode(true)));
      await expectBadges(c.navigated, 'after a re-render');

      const before = await cp.lookupCount();
      const delay = await cp.timeToBadge(() => {
        const late = document.getElementById('late') as HTMLTemplateElement;
        document.querySelector(late.dataset.into as string)?.append(late.content.cloneNode(true));
      });
      badgeDelays.push(delay);
      expect(delay, 'badge within 200 ms of the identifier appearing').toBeLessThan(200);
      await expectBadges(c.late, 'after late content');
      expect(await cp.lookupCount(), 'one lookup message for the batch').toBe(before + 1);
      expect(await cp.lastLookup(), 'only the new customer is looked up').toHaveLength(1);

      await page.evaluate(() => document.getElementById('late-row')?.remove());
      await expectBadges(c.navigated, 'after the late content is removed');

      const view = await cp.pageView();
      expect(view.text).not.toMatch(/Champions|At Risk|Loyal|5-5-5|2-4-4|4-4-3/);
      expect(view.html).not.toMatch(/Champions|At Risk|Loyal\b|5-5-5|2-4-4|4-4-3|c-anna|c-boris|c-carla/);
      expect(view.openShadows).toBe(0);
      expect(view.hostAttributes.every((a) => a === 'style')).toBe(true);
      expect(view.hostText).toBe('');
      expect(view.globals).toEqual([]);
      expect(view.userTimings.every((n) => n.startsWith('segmenta:')), view.userTimings.join()).toBe(true);
      await collectTimings();
    });
  }
});

describe('the overlay', () => {
  const hubspot = CASES[0];

  it('keeps its look under a hostile page stylesheet, and adds no style to the page', async () => {
    await page.goto(origin + hubspot.url);
    await expectBadges(['anna'], 'on open');
    const names = ['color', 'font-size', 'font-family', 'display', 'visibility', 'background-color', 'border-top-color', 'padding-left', 'text-transform'];
    const [badge] = await shown();
    const clean = await computedStyle(cdp, badge.buttonId as number, names);
    const sheets = await page.evaluate(() => document.styleSheets.length);
    await page.addStyleTag({
      content: `* { color: rgb(255, 0, 0) !important; font: 40px "Comic Sans MS" !important; text-transform: uppercase !important; padding: 30px !important; }
        span { display: none !important; visibility: hidden !important; } button { background: lime !important; display: block !important; }
        :host, ::slotted(*) { color: red !important; }`,
    });
    const [after] = await shown();
    expect(await computedStyle(cdp, after.buttonId as number, names)).toEqual(clean);
    expect(await computedStyle(cdp, after.hostId, ['display', 'visibility'])).toEqual({ display: 'inline-block', visibility: 'visible' });
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(sheets + 1);
  });

  it('opens the card on a tap and on hover, with the card message\'s data, out of the page\'s reach', async () => {
    await page.goto(origin + hubspot.url);
    await expectBadges(['anna'], 'on open');
    const [badge] = await shown();
    const { x, y } = await centreOf(cdp, badge.buttonId as number);
    const url = page.url();
    await page.mouse.click(x, y);
    await expect.poll(async () => (await shown())[0].card, { timeout: 3000 }).toContain('Anna Petrova');
    const card = (await shown())[0].card;
    for (const part of ['Champions', '5-5-5', 'Recency', '12 d', 'Orders', 'Spent', '12,345.00', 'R · F · M', '5 · 5 · 5', 'Last order', 'Average order', '1,763.57', 'VIP', 'Recent moves', 'Loyal → Champions', 'R 5: last order 12 days ago']) {
      expect(card).toContain(part);
    }
    expect(page.url(), 'a click on the badge does not follow the CRM link around it').toBe(url);
    expect((await cp.pageView()).text).not.toContain('Recency');
    await page.mouse.click(x, y);
    await expect.poll(async () => (await shown())[0].card, { timeout: 3000 }).toBe('');

    await page.mouse.move(1, 1);
    await page.mouse.move(x, y);
    await expect.poll(async () => (await shown())[0].card, { timeout: 3000 }).toContain('Anna Petrova');
    await page.mouse.move(1, 1);
    await expect.poll(async () => (await shown())[0].card, { timeout: 3000 }).toBe('');
  });

  it('a list of 50 contacts rendered at once is one lookup message, badged within 200 ms', async () => {
    await page.goto(origin + hubspot.url);
    await cp.goNext();
    await expectBadges(['carla'], 'company page');
    const before = await cp.lookupCount();
    const hostsBefore = (await cp.badges()).length;
    const delay = await cp.timeToBadge(() => {
      const list = document.querySelector('[data-test-id=association-card-list]') as HTMLElement;
      const rows = Array.from({ length: 50 }, (_, i) => {
        const email = i === 25 ? 'boris.ivanov@example.ru' : `contact${i}@example.net`;
        const row = document.createElement('li');
        row.dataset.testId = 'association-card-row';
        row.innerHTML = `<a href="/contacts/2345678/record/0-1/6100000${i}">Contact ${i}</a><div><a href="mailto:${email}">${email}</a></div>`;
        return row;
      });
      list.append(...rows);
    });
    badgeDelays.push(delay);
    expect(delay).toBeLessThan(200);
    await expectBadges(['carla', 'boris'], 'after 50 rows');
    expect(await cp.lookupCount()).toBe(before + 1);
    expect(await cp.lastLookup()).toHaveLength(50);
    expect((await cp.badges()).length, 'a host for the known customer only').toBe(hostsBefore + 1);
    const listBatch = await page.evaluate(() => Math.max(...performance.getEntriesByName('segmenta:batch').slice(-2).map((e) => e.duration)));
    console.log(`50-row batch: ${listBatch.toFixed(1)} ms`);
    await collectTimings();
  });

  it('shows the neutral badge for unknown customers when the settings ask for it', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ contentSettings: { unknownBadge: 'neutral' } }));
    try {
      await page.goto(origin + hubspot.url);
      await cp.goNext();
      await expect.poll(labels, { timeout: 3000 }).toEqual(['Loyal 4-4-3', 'Not in Segmenta']);
      expect((await shown()).find((b) => b.text === 'Not in Segmenta')?.before).toMatch(/nobody@example\.org/);
    } finally {
      await worker.evaluate(() => chrome.storage.local.remove('contentSettings'));
    }
    await expect.poll(labels, { timeout: 3000 }).toEqual(['Loyal 4-4-3']);
  });

  it('every built-in selector is valid CSS', async () => {
    const selectors = readdirSync(join(repoRoot, 'extension/adapters'))
      .flatMap((f) => readFileSync(join(repoRoot, 'extension/adapters', f), 'utf8').split('\n'))
      .map((line) => /^\s+'([^']*)',?\s*\/\//.exec(line)?.[1])
      .filter((s): s is string => !!s);
    expect(selectors.length).toBeGreaterThan(50);
    const invalid = await page.evaluate((list) => list.filter((s) => {
      try {
        document.querySelector(s);
        return false;
      } catch {
        return true;
      }
    }), selectors);
    expect(invalid).toEqual([]);
  });

  it('a host without permission gets no script and no badge, and pages cannot fetch the script', async () => {
    await page.goto(origin.replace('127.0.0.1', 'localhost') + hubspot.url);
    await page.waitForTimeout(500);
    expect(await cp.badges()).toEqual([]);
    await page.goto(origin + hubspot.url);
    await expectBadges(['anna'], 'granted host');
    const id = new URL(worker.url()).host;
    const fetched = await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'refused'), `chrome-extension://${id}/extension/content/content-script.js`);
    expect(fetched).toBe('refused');
  });

  it('raised no page errors', () => {
    expect(problems).toEqual([]);
  });

  it('costs under 5 ms of main-thread time per batch of DOM changes, and shows badges within 200 ms', () => {
    const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
    const show = (xs: number[]) => `n=${xs.length} p50 ${pct(xs, 50).toFixed(1)} p95 ${pct(xs, 95).toFixed(1)} max ${pct(xs, 100).toFixed(1)} ms`;
    console.log(`content script (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores): batches ${show(batchTimes)}; observer callbacks ${show(observeTimes)}; first scan after injection and its badges ${show(startTimes)}; badge after the identifier appeared ${show(badgeDelays)}`);
    expect(batchTimes.length).toBeGreaterThan(CASES.length * 3);
    // The machine running the suite is shared (2 cores, several jobs): the percentiles are the budget,
    // the maximum is printed (a stray descheduling is not the script's cost).
    expect(pct(batchTimes, 95)).toBeLessThan(5);
    expect(pct(observeTimes, 95)).toBeLessThan(5);
    expect(pct(badgeDelays, 100)).toBeLessThan(200);
  });
});

describe('in a Russian browser', () => {
  let ru: BrowserContext | undefined;
  afterAll(async () => {
    await ru?.close();
  });

  it('the badge and the card speak Russian, numbers and dates included', async () => {
    let ruWorker: Worker;
    ({ context: ru, worker: ruWorker } = await launchWithContentScript(contentTestExtension, { russian: true }));
    const ruPage = await ru.newPage();
    const ruCdp = await cdpFor(ruPage);
    const ruContent = new ContentPage(ruPage, ruCdp, ruWorker);
    await ruPage.goto(origin + CASES[0].url);
    await expect.poll(async () => (await ruContent.badges()).map((b) => b.text), { timeout: 3000 }).toEqual(['Чемпионы 5-5-5']);
    const [badge] = await ruContent.badges();
    const { x, y } = await centreOf(ruCdp, badge.buttonId as number);
    await ruPage.mouse.click(x, y);
    await expect.poll(async () => (await ruContent.badges())[0].card, { timeout: 3000 }).toContain('Anna Petrova');
    const card = (await ruContent.badges())[0].card;
    for (const part of ['Давность', '12 дн.', 'Заказы', 'Сумма покупок', '12 345,00', 'Средний чек', 'Последние переходы', 'Лояльные → Чемпионы']) {
      expect(card.replace(/\s/g, ' '), card).toContain(part);
    }
  });
});
