/**
 * Helpers for the extension's browser tests: a copy of the built extension with test hosts granted at
 * install, the content script's isolated world through CDP, and stopping the service worker.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { distExtension, e2eTmp, requireBuild } from './harness.ts';

/**
 * The built extension with `origins` in host_permissions, so Chrome grants them at install. Playwright
 * cannot answer Chrome's permission prompt (microsoft/playwright#32755: out of scope); for a host
 * already granted, chrome.permissions.request answers true without a prompt, so the options page's
 * real code path (request → register) runs.
 */
export function extensionWithHosts(name: string, origins: string[]): string {
  const dir = join(e2eTmp, `extension-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(requireBuild(distExtension), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = origins;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

export interface IsolatedWorld {
  /** Evaluates `expression` (may return a promise) in this extension's content-script world. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** The content script's world in `page` (its execution context has the extension's origin). */
export async function contentScriptWorld(page: Page, extensionId: string, waitMs = 5_000): Promise<IsolatedWorld> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await session.send('Runtime.enable');
  const origin = `chrome-extension://${extensionId}`;
  const deadline = Date.now() + waitMs;
  let found: number | undefined;
  while (found === undefined && Date.now() < deadline) {
    found = contexts.find((c) => c.origin === origin && c.auxData?.type === 'isolated')?.id;
    if (found === undefined) await new Promise((r) => setTimeout(r, 50));
  }
  if (found === undefined) throw new Error('No content script world in the page: the content script was not injected.');
  const contextId = found;
  return {
    async evaluate<T>(expression: string) {
      const r = await session.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value as T;
    },
    close: () => session.detach(),
  };
}

/**
 * Stops the extension's service worker the way Chrome does when it is idle: its target is closed
 * (TOOLCHAIN: the worker does not stop by itself while Playwright is attached). Resolves once it is gone.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const session = await context.newCDPSession(page);
  const url = `chrome-extension://${extensionId}/`;
  const workers = async () =>
    (await session.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(url));
  const [target] = await workers();
  if (!target) throw new Error('The extension has no running service worker.');
  await session.send('Target.closeTarget', { targetId: target.targetId });
  const deadline = Date.now() + 5_000;
  let retried = false;
  // Wait for this worker to be gone (a page's content script may start a new one right away). Chrome
  // sometimes keeps a worker that is answering a message: then stop it through the ServiceWorker domain.
  while ((await workers()).some((t) => t.targetId === target.targetId)) {
    if (!retried && Date.now() > deadline - 3_500) {
      retried = true;
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
    }
    if (Date.now() > deadline) throw new Error(`The service worker did not stop: ${JSON.stringify(await workers())}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  await session.detach();
}
