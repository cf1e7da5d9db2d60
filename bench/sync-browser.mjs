// Times the sync file in headless Chromium on synthetic M (100k customers, 1M orders):
//   node bench/sync-browser.mjs [customers] [orders]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { findChromium } from '../scripts/find-chromium.mjs';

execFileSync('npx', ['rolldown', 'bench/sync-browser-page.ts', '--platform', 'browser', '--format', 'iife', '-o', 'bench/data/sync-browser-page.js'], { stdio: 'inherit' });
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
// WebCrypto needs a secure context: http://127.0.0.1 is one, about:blank is not.
const script = readFileSync('bench/data/sync-browser-page.js', 'utf8');
const server = createServer((req, res) => {
  if (req.url === '/page.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script src="/page.js"></script>');
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
await page.goto(`http://127.0.0.1:${server.address().port}/`);
const [customers = 100000, orders = 1000000] = process.argv.slice(2).map(Number);
const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : undefined;
if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start'); }
const result = await page.evaluate(([c, o]) => globalThis.syncBench(c, o), [customers, orders]);
console.log(JSON.stringify(result, null, 1));
if (cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName} :${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(0)} ms ${k}`);
}
await browser.close();
server.close();
