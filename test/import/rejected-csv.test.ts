import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { tokenizeCsv } from '../../core/import/csv-tokenizer.ts';
import { rejectedRowsCsv } from '../../core/import/rejected-csv.ts';
import type { RejectedRow } from '../../core/import/types.ts';

const row = (value: string, extra: Partial<RejectedRow> = {}): RejectedRow =>
  ({ file: 'orders.csv', line: 7, column: 'amount', value, code: 'text_amount', reason: 'The amount is not a number.', kept: false, ...extra });

function parse(csv: string): string[][] {
  const rows: string[][] = [];
  tokenizeCsv(new TextEncoder().encode(csv), { delimiter: ',', file: 'r.csv', onRow: (r) => { rows.push(Array.from({ length: r.length }, (_, i) => r.text(i))); } });
  return rows;
}

describe('rejectedRowsCsv', () => {
  test('writes a header and one line per report row, with whether the row was imported', () => {
    expect(rejectedRowsCsv([row('n/a'), row('Одежда "Premium', { code: 'stray_quote', kept: true, column: 'category' })])).toBe(
      'file,line,column,value,code,status,reason\r\n'
      + 'orders.csv,7,amount,n/a,text_amount,not imported,The amount is not a number.\r\n'
      + 'orders.csv,7,category,"Одежда ""Premium",stray_quote,imported,The amount is not a number.\r\n');
  });

  test.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('defuses %j with a leading apostrophe', (v) => {
    expect(parse(rejectedRowsCsv([row(v)]))[1][3]).toBe(`'${v}`);
  });

  test('writes ; and a BOM for Russian Excel when asked', () => {
    const csv = rejectedRowsCsv([row('1;2')], { delimiter: ';', bom: true });
    expect(csv.startsWith('\uFEFFfile;line;')).toBe(true);
    expect(csv).toContain(';"1;2";');
  });

  test('any value reads back from the CSV as written, defused when it starts like a formula', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (v) => {
      const cell = parse(rejectedRowsCsv([row(v)]))[1][3];
      expect(cell).toBe(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
    }));
  });
});
