import { describe, expect, test } from 'vitest';
import { csvTable } from '../../core/import/csv-table.ts';
import { makeTextDecoder } from '../../core/import/encoding.ts';
import type { Delimiter } from '../../core/import/types.ts';

async function read(text: string, delimiter: Delimiter = ',') {
  const table = csvTable(new TextEncoder().encode(text), 't.csv', delimiter, makeTextDecoder('utf-8'));
  const rows: { line: number; cells: string[]; stray: boolean[] }[] = [];
  await table.forEachRow((r) => {
    rows.push({ line: r.line, cells: table.headers.map((_, i) => r.text(i)), stray: table.headers.map((_, i) => r.strayQuote(i)) });
  });
  return { headers: table.headers, rows };
}

describe('csvTable', () => {
  test("trims headers and drops Bitrix24's empty last column", async () => {
    const t = await read('"ID";" Имя ";\r\n"1";"Анна";\r\n', ';');
    expect(t.headers).toEqual(['ID', 'Имя']);
    expect(t.rows).toEqual([{ line: 2, cells: ['1', 'Анна'], stray: [false, false] }]);
  });

  test('tells a stray quote in an unquoted value from CSV quoting', async () => {
    const t = await read('a,b,c\n1,Одежда "Premium,"x, y"\n2,"He said ""hi""",z\n');
    expect(t.rows[0].stray).toEqual([false, true, false]);
    expect(t.rows[1]).toMatchObject({ cells: ['2', 'He said "hi"', 'z'], stray: [false, false, false] });
  });

  test('reads rows across the 4 MB chunks with their physical lines', async () => {
    const body = Array.from({ length: 120_000 }, (_, i) => (i === 60_000 ? `${i},"two\nlines"` : `${i},${'v'.repeat(30)}`)).join('\n');
    const t = await read(`n,v\n${body}\n`);
    expect(t.rows).toHaveLength(120_000);
    expect(t.rows[60_000]).toMatchObject({ line: 60_002, cells: ['60000', 'two\nlines'] });
    expect(t.rows[60_001].line).toBe(60_004);
    expect(t.rows.every((r, i) => r.cells[0] === String(i))).toBe(true);
  });

  test('lets the caller stop reading', async () => {
    const table = csvTable(new TextEncoder().encode('a\n1\n2\n3\n'), 't.csv', ',', makeTextDecoder('utf-8'));
    const seen: string[] = [];
    await table.forEachRow((r) => { seen.push(r.text(0)); return seen.length < 2 ? undefined : false; });
    expect(seen).toEqual(['1', '2']);
  });
});
