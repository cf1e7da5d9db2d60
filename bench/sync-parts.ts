/** Where export time goes on M: making lines, UTF-8, SHA-256, gzip (see sync-node.ts for the build line). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyDataset } from '../core/engine/empty-dataset.ts';
import { mergeImports } from '../core/import/merge.ts';
import { readImport } from '../core/import/read-import.ts';
import { customerTuples, orderLines } from '../core/sync/column-lines.ts';

const dir = process.argv[2] ?? '/work/data/M';
const parsed = [];
for (const name of ['customers.csv', 'orders.csv']) parsed.push(await readImport(new Uint8Array(readFileSync(join(dir, name))), name));
const ds = (await mergeImports(emptyDataset(), parsed)).dataset;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const time = async (label: string, fn: () => unknown) => { const c = cpu(), t = performance.now(); const r = await fn(); console.log(`${label.padEnd(28)} ${(performance.now() - t).toFixed(0)} ms wall, ${(cpu() - c).toFixed(0)} ms CPU`); return r; };
let strings: string[] = [];
await time('stringify orders', () => { for (const l of orderLines(ds, undefined, 20000)) strings.push(JSON.stringify(l)); });
await time('stringify customers', () => { for (let i = 0; i < ds.customers.length; i += 20000) strings.push(JSON.stringify(customerTuples(ds.customers.slice(i, i + 20000)))); });
const enc = new TextEncoder();
const bytes = (await time('utf-8 encode', () => strings.map((s) => enc.encode(s)))) as Uint8Array<ArrayBuffer>[];
console.log(`${(bytes.reduce((n, b) => n + b.length, 0) / 2 ** 20).toFixed(1)} MB of text`);
await time('sha-256 per line', async () => { for (const b of bytes) await crypto.subtle.digest('SHA-256', b); });
await time('gzip (CompressionStream)', async () => {
  const s = new Blob(bytes).stream().pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Response(s).arrayBuffer();
});
await time('JSON.parse', () => { for (const s of strings) JSON.parse(s); });
strings = [];
