/**
 * The import's reading, parsing and merging in headless Chromium, in a fresh dedicated worker per run
 * (cold, as the app's first import), without the app, scoring and the IndexedDB write: a quicker
 * loop than `npm run bench` while working on the import. Prints each step's median and best.
 *
 *   npx rolldown bench/import-worker.ts --platform browser --format esm -o dist/import-bench/worker.js
 *   npx rolldown core/worker/file-loader-worker.ts --platform browser --format esm -o dist/import-bench/file-loader-worker.js
 *   npx rolldown bench/import-browser.ts --platform node --format esm --external playwright-core -o dist/import-bench/driver.mjs
 *   node dist/import-bench/driver.mjs /work/data/M [runs] [--local] [--marks] [--files customers.csv,orders.csv] [--profile out.cpuprofile]
 *
 * --local reads and hashes on the engine's thread (no loader worker); --marks logs every progress report. --profile takes a CPU profile of
 * the last run, which then runs on the page's main thread (playwright opens no CDP session on a worker).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, serveStatic } from '../test/browser/harness.ts';
import type { RunRequest } from './import-worker.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const data = args[0] ?? '/work/data/M';
const runs = Number(args[1] ?? 5);
const local = args.includes('--local');
const marks = args.includes('--marks');
const profileOut = option('--profile');
const names = (option('--files') ?? 'customers.csv,orders.csv').split(',');
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'index.html'), '<!doctype html><input type="file" id="f" multiple>');

type Runner = { runImport(r: RunRequest): Promise<Record<string, number>> };
const server = await serveStatic(here);
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.error('  ' + m.text()));
  const all: Record<string, number>[] = [];
  for (let run = 0; run < runs; run++) {
    const profiled = profileOut !== undefined && run === runs - 1;
    await page.goto(server.url);
    await page.setInputFiles('#f', names.map((f) => join(data, f)));
    const cdp = profiled ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await page.addScriptTag({ url: '/worker.js', type: 'module' });
      await page.waitForFunction(() => 'runImport' in window);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const t = performance.now();
    const ms = await page.evaluate(({ local, marks, main }) => {
      const files = [...(document.getElementById('f') as HTMLInputElement).files!];
      if (main) return (window as unknown as Runner).runImport({ files, local, marks });
      return new Promise<Record<string, number>>((resolve) => {
        const w = new Worker('/worker.js', { type: 'module' });
        w.onmessage = (e) => { w.terminate(); resolve(e.data); };
        w.postMessage({ files, local, marks } satisfies RunRequest);
      });
    }, { local, marks, main: profiled });
    if (cdp) writeFileSync(profileOut!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    ms.wall = performance.now() - t;
    all.push(ms);
    console.error(Object.entries(ms).map(([k, v]) => `${k} ${Math.round(v)}`).join(', '));
  }
  for (const k of Object.keys(all[0])) {
    const xs = all.map((m) => m[k]).sort((a, b) => a - b);
    console.log(`${k.padEnd(28)} median ${xs[xs.length >> 1].toFixed(0).padStart(6)}  best ${xs[0].toFixed(0).padStart(6)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
