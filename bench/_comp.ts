import { readFileSync } from 'node:fs';
import { tokenizeCsv } from '../core/import/csv-tokenizer.ts';
import { makeTextDecoder } from '../core/import/text-decoder.ts';
import { ByteInterner } from '../core/import/byte-interner.ts';
import { parseMoneyMinorAt } from '../core/import/values/money.ts';
import { parseDateTimeAt } from '../core/import/values/date-time.ts';
const bytes = new Uint8Array(readFileSync('/work/data/M/orders.csv'));
const N = 1000001;
const S = [0, 1, 2, 3].map(() => new Int32Array(N)), E = [0, 1, 2, 3].map(() => new Int32Array(N));
let n = 0;
tokenizeCsv(bytes, { delimiter: ',', file: 'x', onRow(r) { for (let c = 0; c < 4; c++) { S[c][n] = r.start(c); E[c][n] = r.end(c); } n++; } });
const decode = makeTextDecoder('utf-8');
const best: Record<string, number> = {};
const time = (name: string, f: () => number) => { const t = performance.now(); f(); best[name] = Math.min(best[name] ?? 1e9, performance.now() - t); };
for (let run = 0; run < 10; run++) {
  time('id', () => { const out = new Array<string>(n); for (let k = 1; k < n; k++) out[k] = decode(bytes, S[0][k], E[0][k]); return out.length; });
  time('intern', () => { const it = new ByteInterner(decode, 1 << 16); let a = 0; for (let k = 1; k < n; k++) a += it.intern(bytes, S[1][k], E[1][k]); return a; });
  time('date', () => { let a = 0; for (let k = 1; k < n; k++) a += parseDateTimeAt(bytes, S[2][k], E[2][k], 'iso'); return a; });
  time('money', () => { let a = 0; for (let k = 1; k < n; k++) a += parseMoneyMinorAt(bytes, S[3][k], E[3][k], false); return a; });
}
console.log(Object.entries(best).map(([m, t]) => `${m} ${t.toFixed(1)}`).join(', '));
