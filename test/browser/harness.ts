/**
 * Browser test harness: real Chromium (playwright-core, no downloaded browser), fresh profiles under
 * .e2e-tmp/, the built app served locally, the built extension loaded unpacked.
 * The builds must exist: scripts/test.mjs (npm test) builds before the browser project runs.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedDataset } from '../helpers/dataset-s.ts';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium } from '../../scripts/find-chromium.mjs';

export { findChromium };
export { serveStatic, type StaticServer } from './static-server.ts';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const e2eTmp = join(repoRoot, '.e2e-tmp');
export const distPwa = join(repoRoot, 'dist/pwa');
export const distExtension = join(repoRoot, 'dist/extension');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Fails with a clear message when a build the tests need is missing. */
export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, dir === distExtension ? 'manifest.json' : 'index.html'))) {
    throw new Error(`${dir} is not built: run "npm test" (it builds first) or "npm run build".`);
  }
  return dir;
}

const profileOf = new WeakMap<BrowserContext, string>();

/**
 * A headless Chromium with a fresh profile under .e2e-tmp/profiles (closeChromium removes it);
 * `extension` loads that unpacked folder.
 */
export async function launchChromium(name: string, options: { extension?: string } = {}): Promise<BrowserContext> {
  const profiles = join(e2eTmp, 'profiles');
  mkdirSync(profiles, { recursive: true });
  const profile = mkdtempSync(join(profiles, `${name}-`));
  const extensionArgs = options.extension
    ? [`--disable-extensions-except=${options.extension}`, `--load-extension=${options.extension}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extensionArgs],
  });
  profileOf.set(context, profile);
  return context;
}

/** Closes the browser and removes its profile (retrying: Chromium may still be flushing it). */
export async function closeChromium(context: BrowserContext | undefined): Promise<void> {
  if (!context) return;
  await context.close();
  const profile = profileOf.get(context);
  if (profile) await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => {});
}

/** The loaded extension's background service worker and id (the host of the worker's URL). */
export async function extensionWorker(context: BrowserContext): Promise<{ worker: Worker; id: string }> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://') }));
  return { worker, id: new URL(worker.url()).host };
}

/**
 * Generates a dataset with ../shared/datasets/generate.mjs (beside the repo, as in CI) into
 * bench/data/e2e-<name>, once (see generatedDataset). Returns the folder.
 */
export function generateDataset(name: string, args: { customers: number; orders: number; seed?: number; dialect?: 'std' | 'ru-excel' }): string {
  return generatedDataset(`e2e-${name}`, [
    '--customers', String(args.customers),
    '--orders', String(args.orders),
    '--seed', String(args.seed ?? 42),
    '--dialect', args.dialect ?? 'std',
  ]);
}
