// core/data's save and load alone, in headless Chromium (a smaller loop than bench/run.mjs: no app,
// no UI; the dataset is imported once by the app's importer in a worker).
//   node bench/store-browser.mjs [dataset dir, default bench/data/M] [--runs 3] [--loads 3]
//     --engine          time the engine's whole import (phases) instead of store.saveAll alone
//     --base DIR        the same, interleaved, for another source tree (e.g. `git archive REV | tar -x -C DIR`):
//                       the machine is shared, and only runs taken side by side compare
//     --profile PREFIX  CPU profiles (PREFIX-save.cpuprofile, PREFIX-load-N.cpuprofile), on the page
//     --trace FILE      Chromium trace (GC, V8 CPU profile) of one cold load (or --engine import)
// Prints one JSON line per save and per load (each load in a fresh worker after a reload, as after
// a reload of the app), then the best and the median of each figure.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'rolldown';
import { findChromium } from '../scripts/find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const data = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(root, 'bench/data/M'));
const runs = Number(option('--runs') ?? 3);
const loads = Number(option('--loads') ?? 3);
const engine = args.includes('--engine');
const base = option('--base');

const out = join(root, 'dist/bench/store');
const trees = { current: root, ...(base ? { base: resolve(base) } : {}) };
for (const [name, tree] of Object.entries(trees)) {
  // The harness is this tree's; a base tree without it gets a copy (its core/data is what differs).
  const input = join(tree, 'bench/store-browser-worker.ts');
  if (!existsSync(input)) writeFileSync(input, readFileSync(join(root, 'bench/store-browser-worker.ts')));
  mkdirSync(join(out, name), { recursive: true });
  await build({ input, platform: 'browser', logLevel: 'warn', output: { file: join(out, name, 'worker.js'), format: 'esm' } });
}

const files = {
  '/': ['text/html', () => '<!doctype html><title>store bench</title>'],
  '/data/customers.csv': ['text/csv', () => readFileSync(join(data, 'customers.csv'))],
  '/data/orders.csv': ['text/csv', () => readFileSync(join(data, 'orders.csv'))],
};
for (const name of Object.keys(trees)) files[`/${name}/worker.js`] = ['text/javascript', () => readFileSync(join(out, name, 'worker.js'))];
const server = createServer((req, res) => {
  const f = files[new URL(req.url ?? '/', 'http://x').pathname];
  if (!f) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': f[0] }).end(f[1]());
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const profile = join(root, '.e2e-tmp/store-bench', `profile-${process.pid}`);
rmSync(profile, { recursive: true, force: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', ...(process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : [])],
});
const round = (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]));
/** Best and median: the machine is shared, the best run is the least disturbed one. */
const stats = (rs) =>
  Object.fromEntries(Object.keys(rs[0] ?? {}).map((k) => {
    const xs = rs.map((r) => r[k]).sort((a, b) => a - b);
    return [k, `${Math.round(xs[0])}/${Math.round(xs[(xs.length - 1) >> 1])}`];
  }));

try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  const inWorker = (variant, msg) =>
    page.evaluate(({ variant, msg }) => new Promise((res, rej) => {
      const w = new Worker(`/${variant}/worker.js`, { type: 'module' });
      w.onmessage = (e) => (w.terminate(), e.data.ok ? res(e.data.result) : rej(new Error(e.data.error)));
      w.onerror = (e) => rej(new Error(e.message));
      w.postMessage(msg);
    }), { variant, msg: { db: `store-bench-${variant}`, ...msg } });

  const profileTo = option('--profile');
  const traceTo = option('--trace');
  if (profileTo) {
    // On the page itself, where the CDP profiler sees it.
    const load = (m) => page.evaluate(() => import('/current/worker.js').then((m) => (window.bench = m)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await load();
    await page.evaluate(() => window.bench.handle({ cmd: 'save', runs: 1, db: 'store-bench-current' }));
    await cdp.send('Profiler.start');
    console.log(JSON.stringify(await page.evaluate((runs) => window.bench.handle({ cmd: 'save', runs, db: 'store-bench-current' }), runs)));
    writeFileSync(`${profileTo}-save.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    for (let i = 0; i < loads; i++) {
      // Cold, as after a reload: a fresh page (new heap, nothing compiled yet).
      await page.reload();
      const c = await context.newCDPSession(page);
      await c.send('Profiler.enable');
      await c.send('Profiler.setSamplingInterval', { interval: 100 });
      await load();
      await c.send('Profiler.start');
      console.log(JSON.stringify(await page.evaluate(() => window.bench.handle({ cmd: 'load', detail: false, db: 'store-bench-current' }))));
      writeFileSync(`${profileTo}-load-${i}.cpuprofile`, JSON.stringify((await c.send('Profiler.stop')).profile));
    }
  } else if (traceTo) {
    if (!engine) await inWorker('current', { cmd: 'save', runs: 1 });
    await page.reload();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['v8', 'disabled-by-default-v8.gc', 'devtools.timeline', 'blink', 'disabled-by-default-v8.cpu_profiler'] },
      transferMode: 'ReturnAsStream',
    });
    console.log(JSON.stringify(await inWorker('current', engine ? { cmd: 'engine' } : { cmd: 'load', detail: false })));
    const done = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
    await cdp.send('Tracing.end');
    const { stream } = await done;
    const chunks = [];
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream });
      chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64') : Buffer.from(chunk.data));
      if (chunk.eof) break;
    }
    writeFileSync(traceTo, Buffer.concat(chunks));
  } else {
    const variants = Object.keys(trees);
    const saves = Object.fromEntries(variants.map((v) => [v, []]));
    const loaded = Object.fromEntries(variants.map((v) => [v, []]));
    for (let i = 0; i < (engine ? runs : 1); i++) {
      for (const v of variants) {
        await page.reload();
        const r = await inWorker(v, engine ? { cmd: 'engine' } : { cmd: 'save', runs });
        for (const x of engine ? [r] : r) {
          saves[v].push(x);
          console.log(v, engine ? 'import' : 'save', JSON.stringify(round(x)));
        }
        if (i === 0) {
          const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
          console.log(v, 'origin usage so far', (usage / 2 ** 20).toFixed(1), 'MB');
        }
      }
    }
    for (let i = 0; i < loads; i++) {
      for (const v of variants) {
        await page.reload();
        loaded[v].push(await inWorker(v, { cmd: 'load' }));
        console.log(v, 'load', JSON.stringify(round(loaded[v].at(-1))));
      }
    }
    for (const v of variants) {
      console.log(v, engine ? 'import' : 'save', 'best/median', JSON.stringify(stats(saves[v])));
      console.log(v, 'load best/median', JSON.stringify(stats(loaded[v])));
    }
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
