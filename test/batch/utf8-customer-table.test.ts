import { describe, expect, it } from 'vitest';
import { CustomerTable } from '../../core/batch/customer-table.ts';
import { utf8CustomerTable } from '../../core/batch/utf8-customer-table.ts';
import { makeTextDecoder } from '../../core/import/text-decoder.ts';

function tableOf(keys: number[][]): CustomerTable {
  const t = new CustomerTable();
  keys.forEach((k, i) => t.addOrder(t.slot(Uint8Array.from(k), 0, k.length), 100 + i, 10 * (i + 1)));
  return t;
}

const keyTexts = (t: CustomerTable) => {
  const { bytes, starts } = t.keys();
  return Array.from({ length: t.size }, (_, i) => new TextDecoder().decode(bytes.subarray(starts[i], starts[i + 1])));
};

describe('customer table keyed by UTF-8', () => {
  it('keeps a table whose keys are ASCII or valid UTF-8 as it is', () => {
    const t = tableOf([[0x41], [0xd0, 0x81], [0x42]]);
    const r = utf8CustomerTable(t, makeTextDecoder('utf-8'));
    expect(r.table).toBe(t);
    expect(Array.from(r.index)).toEqual([0, 1, 2]);
  });

  it('re-keys Windows-1251 ids by their UTF-8 and maps old indexes to new ones', () => {
    // "Ёж" and "A" in Windows-1251.
    const r = utf8CustomerTable(tableOf([[0xa8, 0xe6], [0x41]]), makeTextDecoder('windows-1251'));
    expect(keyTexts(r.table)).toEqual(['Ёж', 'A']);
    expect(Array.from(r.index)).toEqual([0, 1]);
    expect(Array.from(r.table.columns().sum)).toEqual([10, 20]);
  });

  it('joins byte strings that decode to the same text, summing their orders', () => {
    // 0xFF and 0xFE are not UTF-8: both read as U+FFFD, as string ids would compare them.
    const r = utf8CustomerTable(tableOf([[0x78, 0xff], [0x41], [0x78, 0xfe]]), makeTextDecoder('utf-8'));
    expect(keyTexts(r.table)).toEqual(['x\uFFFD', 'A']);
    expect(Array.from(r.index)).toEqual([0, 1, 0]);
    const { count, lastDay, sum } = r.table.columns();
    expect([Array.from(count), Array.from(lastDay), Array.from(sum)]).toEqual([[2, 1], [102, 101], [40, 20]]);
  });
});
