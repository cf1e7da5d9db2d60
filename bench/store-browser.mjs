// core/data's save and load alone, in headless Chromium, phase by phase (a smaller loop than
// bench/run.mjs: no app, no UI; the dataset is imported once by the app's importer in a worker).
//   node bench/store-browser.mjs [dataset dir, default bench/data/M] [--runs 3] [--loads 3]
// Prints one JSON line per save run and per load (each load in a fresh worker, as after a reload).
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'rolldown';
import { findChromium } from '../scripts/find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const data = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(root, 'bench/data/M'));
const runs = flag('--runs', 3);
const loads = flag('--loads', 3);

const out = join(root, 'dist/bench/store');
mkdirSync(out, { recursive: true });
await build({
  input: join(root, 'bench/store-browser-worker.ts'),
  platform: 'browser',
  logLevel: 'warn',
  output: { file: join(out, 'worker.js'), format: 'esm' },
});
writeFileSync(join(out, 'index.html'), '<!doctype html><title>store bench</title>');

const files = {
  '/': ['text/html', () => readFileSync(join(out, 'index.html'))],
  '/worker.js': ['text/javascript', () => readFileSync(join(out, 'worker.js'))],
  '/data/customers.csv': ['text/csv', () => readFileSync(join(data, 'customers.csv'))],
  '/data/orders.csv': ['text/csv', () => readFileSync(join(data, 'orders.csv'))],
};
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
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  const inWorker = (msg) =>
    page.evaluate((msg) => new Promise((res, rej) => {
      const w = new Worker('/worker.js', { type: 'module' });
      w.onmessage = (e) => (w.terminate(), e.data.ok ? res(e.data.result) : rej(new Error(e.data.error)));
      w.onerror = (e) => rej(new Error(e.message));
      w.postMessage(msg);
    }), msg);
  const profileTo = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;
  if (profileTo) {
    // On the page itself, so that the CDP profiler sees it: save runs, then a load (not cold).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await page.evaluate(() => import('/worker.js').then((m) => (window.bench = m)));
    await page.evaluate((runs) => window.bench.handle({ cmd: 'save', runs: 1 }));
    await cdp.send('Profiler.start');
    const saved = await page.evaluate((runs) => window.bench.handle({ cmd: 'save', runs }), runs);
    writeFileSync(`${profileTo}-save.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    // Each load cold, as after a reload: a fresh page (new heap, nothing compiled yet).
    const loaded = [];
    for (let i = 0; i < loads; i++) {
      await page.reload();
      const c = await context.newCDPSession(page);
      await c.send('Profiler.enable');
      await c.send('Profiler.setSamplingInterval', { interval: 100 });
      await page.evaluate(() => import('/worker.js').then((m) => (window.bench = m)));
      await c.send('Profiler.start');
      loaded.push(await page.evaluate(() => window.bench.handle({ cmd: 'load', detail: false })));
      writeFileSync(`${profileTo}-load-${i}.cpuprofile`, JSON.stringify((await c.send('Profiler.stop')).profile));
    }
    console.log(JSON.stringify(saved));
    for (const l of loaded) console.log(JSON.stringify(l));
    process.exit(0);
  }
  const traceTo = args.includes('--trace') ? args[args.indexOf('--trace') + 1] : undefined;
  if (traceTo) {
    // One cold load (or with --engine, the engine's import) in a fresh worker under Chromium's tracing.
    if (!args.includes('--engine')) await inWorker({ cmd: 'save', runs: 1 });
    await page.reload();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['v8', 'disabled-by-default-v8.gc', 'devtools.timeline', 'blink', 'disabled-by-default-v8.cpu_profiler'] },
      transferMode: 'ReturnAsStream',
    });
    const r = await inWorker(args.includes('--engine') ? { cmd: 'engine' } : { cmd: 'load', detail: false });
    const done = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
    await cdp.send('Tracing.end');
    const { stream } = await done;
    let text = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
      if (chunk.eof) break;
    }
    writeFileSync(traceTo, text);
    console.log(JSON.stringify(r));
    process.exit(0);
  }
  const round = (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]));
  let saves;
  if (args.includes('--engine') && !traceTo) console.log('engine', JSON.stringify(round(await inWorker({ cmd: 'engine' }))));
  else {
    saves = await inWorker({ cmd: 'save', runs });
    for (const r of saves) console.log('save', JSON.stringify(round(r)));
  }
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
  console.log('usage', (usage / 2 ** 20).toFixed(1), 'MB');
  const loaded = [];
  for (let i = 0; i < loads; i++) {
    await page.reload();
    loaded.push(await inWorker({ cmd: 'load' }));
    console.log('load', JSON.stringify(round(loaded.at(-1))));
  }
  // Best and median: the machine is shared, the best run is the least disturbed one.
  const stats = (rs) => Object.fromEntries(Object.keys(rs[0] ?? {}).map((k) => {
    const xs = rs.map((r) => r[k]).sort((a, b) => a - b);
    return [k, `${Math.round(xs[0])}/${Math.round(xs[(xs.length - 1) >> 1])}`];
  }));
  console.log('save best/median', JSON.stringify(stats(saves ?? [])));
  console.log('load best/median', JSON.stringify(stats(loaded)));
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
