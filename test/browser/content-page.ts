/**
 * Helpers of the content-script browser tests: the fixture server, a Chromium with the test build and the
 * content script registered, and a page wrapper that reads badges (closed roots, over CDP), drives the
 * fixture's SPA templates and reads the script's timings.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, e2eTmp, extensionWorker, findChromium, launchChromium, repoRoot } from './harness.ts';
import { readBadges, type SeenBadge } from './closed-badges.ts';

export type Who = 'anna' | 'boris' | 'carla';
/** The badge text of each stub customer (content-customers.ts). */
export const LABEL: Record<Who, string> = { anna: 'Champions 5-5-5', boris: 'At Risk 2-4-4', carla: 'Loyal 4-4-3' };
// What the node before a customer's badge shows: an email, phone, or name of that customer.
const NEAR: Record<Who, RegExp> = { anna: /anna|Анна|912 345/i, boris: /boris|Борис|903\)? 555|903-555/i, carla: /carla|Карла|7946/i };

/** Serves test/fixtures/extension/<file> for each path; resolves to the origin and a close function. */
export async function serveFixtures(routes: Map<string, string>): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const fixture = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!fixture) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(join(repoRoot, 'test/fixtures/extension', fixture)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Chromium with the test build loaded and the content script registered (as the product's options do). */
export async function launchWithContentScript(extension: string, options: { russian?: boolean } = {}): Promise<{ context: BrowserContext; worker: Worker }> {
  const context = options.russian
    ? await chromium.launchPersistentContext(mkdtempSync(join(e2eTmp, 'profiles', 'content-ru-')), {
        executablePath: findChromium(),
        headless: true,
        // chrome.i18n follows LANGUAGE on Linux.
        env: { ...process.env, LANGUAGE: 'ru' },
        args: [...CHROMIUM_ARGS, '--lang=ru', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
      })
    : await launchChromium('content', { extension });
  const { worker } = await extensionWorker(context);
  await worker.evaluate(() => (self as unknown as { segmentaTest: { register(): Promise<void> } }).segmentaTest.register());
  return { context, worker };
}

export class ContentPage {
  constructor(readonly page: Page, readonly cdp: CDPSession, readonly worker: Worker) {}

  badges(): Promise<SeenBadge[]> {
    return readBadges(this.cdp);
  }

  async shown(): Promise<SeenBadge[]> {
    return (await this.badges()).filter((b) => b.text !== '');
  }

  async labels(): Promise<string[]> {
    return (await this.shown()).map((b) => b.text).sort();
  }

  /** Exactly these customers' badges, each right after that customer's identifier, and no empty hosts. */
  async expectBadges(who: Who[], step: string): Promise<void> {
    await expect.poll(() => this.labels(), { timeout: 3000, message: step }).toEqual(who.map((w) => LABEL[w]).sort());
    const badges = await this.shown();
    expect((await this.badges()).length, `${step}: no host for customers not in the data`).toBe(badges.length);
    for (const w of who) {
      const badge = badges.find((b) => b.text === LABEL[w]) as SeenBadge;
      expect(badge.before, `${step}: ${w}'s badge follows ${w}'s identifier`).toMatch(NEAR[w]);
    }
  }

  /** history.pushState to template#next's URL and the app's content replaced by it, as a CRM's router does. */
  async goNext(): Promise<void> {
    await this.page.evaluate(() => {
      const next = document.getElementById('next') as HTMLTemplateElement;
      history.pushState(null, '', next.dataset.url);
      document.getElementById('app')?.replaceChildren(next.content.cloneNode(true));
    });
  }

  /** Runs `change` in the page; resolves to the ms from it to the next badges filled in (Infinity: none in 3 s). */
  timeToBadge(change: () => void): Promise<number> {
    return this.page.evaluate((source) => {
      const t0 = performance.now();
      (new Function(source) as () => void)();
      return new Promise<number>((resolve) => {
        const check = () => {
          const mark = performance.getEntriesByName('segmenta:badge').find((e) => e.startTime >= t0);
          if (mark) resolve(mark.startTime - t0);
          else if (performance.now() - t0 > 3000) resolve(Infinity);
          else setTimeout(check, 2);
        };
        check();
      });
    }, `(${change.toString()})()`);
  }

  lookupCount(): Promise<number> {
    return this.worker.evaluate(() => (self as unknown as { segmentaTest: { lookups: unknown[][] } }).segmentaTest.lookups.length);
  }

  lastLookup(): Promise<unknown[]> {
    return this.worker.evaluate(() => {
      const { lookups } = (self as unknown as { segmentaTest: { lookups: unknown[][] } }).segmentaTest;
      return lookups[lookups.length - 1];
    });
  }

  /** The content script's measures on this page (ms). */
  timings(): Promise<{ batch: number[]; observe: number[]; start: number[] }> {
    return this.page.evaluate(() => ({
      batch: performance.getEntriesByName('segmenta:batch').map((e) => e.duration),
      observe: performance.getEntriesByName('segmenta:observe').map((e) => e.duration),
      start: performance.getEntriesByName('segmenta:start').map((e) => e.duration),
    }));
  }

  /** What page scripts can see of the overlay. */
  pageView() {
    return this.page.evaluate(() => {
      const hosts = [...document.querySelectorAll('span')].filter((s) => s.getAttribute('style')?.startsWith('all: initial'));
      return {
        text: document.body.innerText,
        html: document.documentElement.outerHTML,
        openShadows: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot !== null).length,
        hostAttributes: [...new Set(hosts.map((h) => h.getAttributeNames().join(',')))],
        hostText: hosts.map((h) => h.textContent).join(''),
        globals: Object.keys(window).filter((k) => /segmenta/i.test(k)),
        userTimings: [...new Set(performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure').map((e) => e.name))],
      };
    });
  }
}
