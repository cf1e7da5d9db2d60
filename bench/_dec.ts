import { readFileSync } from 'node:fs';
import { tokenizeCsv } from '../core/import/csv-tokenizer.ts';
import { makeTextDecoder } from '../core/import/text-decoder.ts';
const bytes = new Uint8Array(readFileSync('/work/data/M/orders.csv'));
const N = 1000001;
const S0 = new Int32Array(N), E0 = new Int32Array(N);
let n = 0;
tokenizeCsv(bytes, { delimiter: ',', file: 'x', onRow(r) { S0[n] = r.start(0); E0[n] = r.end(0); n++; } });
const decode = makeTextDecoder('utf-8');
const f = String.fromCharCode;
function v1(b: Uint8Array, s: number, e: number): string {
  const n = e - s;
  if (n === 8) { const a0 = b[s], a1 = b[s + 1], a2 = b[s + 2], a3 = b[s + 3], a4 = b[s + 4], a5 = b[s + 5], a6 = b[s + 6], a7 = b[s + 7];
    if ((a0 | a1 | a2 | a3 | a4 | a5 | a6 | a7) < 0x80) return f(a0, a1, a2, a3, a4, a5, a6, a7); }
  return decode(b, s, e);
}
const td = new TextDecoder();
function v2(b: Uint8Array, s: number, e: number): string { return td.decode(b.subarray(s, e)); }
let codes: number[] = [];
function v3(b: Uint8Array, s: number, e: number): string { const n = e - s; for (let k = 0; k < n; k++) { const c = b[s + k]; if (c >= 0x80) return decode(b, s, e); codes[k] = c; } codes.length = n; return f.apply(null, codes); }
function v4(b: Uint8Array, s: number, e: number): string { let r = ''; for (let k = s; k < e; k++) r += f(b[k]); return r; }
const best: Record<string, number> = {};
const time = (name: string, fn: (b: Uint8Array, s: number, e: number) => string) => { const t = performance.now(); const out = new Array<string>(n); for (let k = 1; k < n; k++) out[k] = fn(bytes, S0[k], E0[k]); best[name] = Math.min(best[name] ?? 1e9, performance.now() - t); return out; };
for (let run = 0; run < 8; run++) { time('cur', decode); time('or8', v1); time('td', v2); time('apply', v3); time('concat', v4); }
console.log(Object.entries(best).map(([m, t]) => `${m} ${t.toFixed(1)}`).join(', '));
