import { readFileSync } from 'node:fs';
import { tokenizeCsv } from '../core/import/csv-tokenizer.ts';
import { makeTextDecoder } from '../core/import/text-decoder.ts';
import { ByteInterner } from '../core/import/byte-interner.ts';
const bytes = new Uint8Array(readFileSync('/work/data/M/orders.csv'));
const N = 1000001;
const S = new Int32Array(N), E = new Int32Array(N);
let n = 0;
tokenizeCsv(bytes, { delimiter: ',', file: 'x', onRow(r) { S[n] = r.start(1); E[n] = r.end(1); n++; } });
const decode = makeTextDecoder('utf-8');
function fnv(b: Uint8Array, s: number, e: number) { let h = 0x811c9dc5 | 0; for (let k = s; k < e; k++) h = Math.imul(h ^ b[k], 0x01000193); return h; }
function word(b: Uint8Array, s: number, e: number) { let h = e - s; let k = s; for (; k + 4 <= e; k += 4) { h = Math.imul(h ^ (b[k] | (b[k + 1] << 8) | (b[k + 2] << 16) | (b[k + 3] << 24)), 0x9e3779b1); h ^= h >>> 15; } for (; k < e; k++) h = Math.imul(h ^ b[k], 0x01000193); h ^= h >>> 16; return h; }
const best: Record<string, number> = {};
const time = (name: string, f: () => number) => { const t = performance.now(); f(); best[name] = Math.min(best[name] ?? 1e9, performance.now() - t); };
for (let run = 0; run < 10; run++) {
  time('fnv', () => { let a = 0; for (let k = 1; k < n; k++) a ^= fnv(bytes, S[k], E[k]); return a; });
  time('word', () => { let a = 0; for (let k = 1; k < n; k++) a ^= word(bytes, S[k], E[k]); return a; });
  time('intern', () => { const it = new ByteInterner(decode, 1 << 16); let a = 0; for (let k = 1; k < n; k++) a += it.intern(bytes, S[k], E[k]); return a; });
  time('internBig', () => { const it = new ByteInterner(decode, 1 << 17); let a = 0; for (let k = 1; k < n; k++) a += it.intern(bytes, S[k], E[k]); return a; });
}
console.log(Object.entries(best).map(([m, t]) => `${m} ${t.toFixed(1)}`).join(', '));
