import { describe, expect, test } from 'vitest';
import { jsonTable } from '../../core/import/json-table.ts';

async function rowsOf(text: string) {
  const { table, bad } = jsonTable(text, 'x.json');
  const rows: { line: number; cells: string[] }[] = [];
  await table.forEachRow((r) => { rows.push({ line: r.line, cells: table.headers.map((_, i) => r.text(i)) }); });
  return { headers: table.headers, rows, bad };
}

describe('jsonTable', () => {
  test('reads an array of objects, headers in order of first appearance', async () => {
    expect(await rowsOf('[{"a":1,"b":"x"},{"c":true,"a":null}]')).toEqual({
      headers: ['a', 'b', 'c'], rows: [{ line: 2, cells: ['1', 'x', ''] }, { line: 3, cells: ['', '', 'true'] }], bad: [],
    });
  });

  test('reads NDJSON with physical line numbers and reports lines that are not objects', async () => {
    const r = await rowsOf('{"a":1}\n\n[1,2]\n{"a":2}\n');
    expect(r.rows).toEqual([{ line: 1, cells: ['1'] }, { line: 4, cells: ['2'] }]);
    expect(r.bad).toEqual([{ line: 3, text: '[1,2]' }]);
  });

  test('flattens nested objects one level with a dot and joins arrays of plain values', async () => {
    const r = await rowsOf('[{"addr":{"city":"Казань","geo":{"lat":1}},"tags":["a","b"]}]');
    expect(r.headers).toEqual(['addr.city', 'addr.geo', 'tags']);
    expect(r.rows[0].cells).toEqual(['Казань', '{"lat":1}', 'a, b']);
  });

  test('takes the records of an object holding one array of objects', async () => {
    expect((await rowsOf('{"customers":[{"email":"a@x.com"}],"count":1}')).rows).toEqual([{ line: 2, cells: ['a@x.com'] }]);
  });
});
