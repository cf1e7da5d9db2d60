import { CustomerTable } from './customer-table.ts';
import type { TextDecodeFn } from '../import/text-decoder.ts';

const encoder = new TextEncoder();

/**
 * The table keyed by the UTF-8 bytes of each id's text instead of its bytes in the file: the bytes
 * of a Windows-1251 id, or of invalid UTF-8 (read as U+FFFD), are not what the output prints nor
 * what sorts it, and two such byte strings may be the same id once decoded (their customers merge,
 * as when ids are compared as strings). `index[i]` is the new index of key i. Returns `table` itself
 * when every key already is its UTF-8.
 */
export function utf8CustomerTable(table: CustomerTable, decode: TextDecodeFn): { table: CustomerTable; index: Int32Array } {
  const n = table.size;
  const { bytes, starts } = table.keys();
  const index = new Int32Array(n);
  const recoded: (Uint8Array | undefined)[] = new Array(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    index[i] = i;
    const s = starts[i], e = starts[i + 1];
    let k = s;
    while (k < e && bytes[k] < 0x80) k++;
    if (k === e) continue;
    const utf8 = encoder.encode(decode(bytes, s, e));
    if (!sameBytes(utf8, bytes, s, e)) {
      recoded[i] = utf8;
      changed = true;
    }
  }
  if (!changed) return { table, index };
  const { count, lastDay, sum } = table.columns();
  const out = new CustomerTable(n);
  for (let i = 0; i < n; i++) {
    const r = recoded[i];
    const o = r ? out.slot(r, 0, r.length) : out.slot(bytes, starts[i], starts[i + 1]);
    out.addTotals(o, count[i], lastDay[i], sum[i]);
    index[i] = out.indexAt(o);
  }
  return { table: out, index };
}

function sameBytes(a: Uint8Array, b: Uint8Array, s: number, e: number): boolean {
  if (a.length !== e - s) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[s + k]) return false;
  return true;
}
