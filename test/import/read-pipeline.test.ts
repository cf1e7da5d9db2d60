import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tokenizeCsv } from '../../core/import/csv-tokenizer.ts';
import { detectDialect } from '../../core/import/dialect-detect.ts';
import { createByteNormaliser, makeTextDecoder, normaliseBytes } from '../../core/import/encoding.ts';
import { parseMoneyMinorAt } from '../../core/import/values/money.ts';
import { parseDateTimeAt } from '../../core/import/values/date-time.ts';
import type { Dialect } from '../../core/import/types.ts';
import { serialise } from './csv-helpers.ts';
import { concat, encode1251, encodeUtf16, encodeUtf8 } from './fixtures.ts';

function readTable(bytes: Uint8Array, d: Dialect): string[][] {
  const out: string[][] = [];
  tokenizeCsv(normaliseBytes(bytes, d.encoding), {
    delimiter: d.delimiter,
    file: 't.csv',
    decode: makeTextDecoder(d.encoding),
    onRow: (r) => void out.push(Array.from({ length: r.length }, (_, i) => r.text(i))),
  });
  return out;
}

const table = [
  ['Имя', 'Город', 'Сумма', 'Дата'],
  ['Анна «Ёлка»', 'Москва; центр', '1 234,50', '25.12.2024'],
  ['Борис', 'Санкт-Петербург', '99,90', '01.02.2025'],
  ['Вера "В"', 'Казань\r\nулица', '12 000,00', '13.03.2025'],
];

describe('reading a table from bytes in every encoding', () => {
  const text = serialise(table, ';', '\r\n');
  const files: Array<[string, Uint8Array]> = [
    ['UTF-8', encodeUtf8(text)],
    ['UTF-8 with BOM', encodeUtf8(text, true)],
    ['UTF-16LE with BOM', encodeUtf16(text, false)],
    ['UTF-16BE with BOM', encodeUtf16(text, true)],
    ['Windows-1251', encode1251(text)],
  ];
  for (const [name, bytes] of files) {
    it(`gives back the table written in ${name}`, () => {
      const d = detectDialect(bytes, 't.csv');
      expect(d).toMatchObject({ delimiter: ';', decimalComma: true, dateOrder: 'dmy' });
      expect(readTable(bytes, d)).toEqual(table);
    });
  }

  it('gives back the same table when UTF-16 arrives in odd-sized chunks', () => {
    const bytes = encodeUtf16(text, false);
    const n = createByteNormaliser('utf-16le');
    const parts: Uint8Array[] = [];
    for (let pos = 0; pos < bytes.length; pos += 7) parts.push(n.push(bytes.slice(pos, pos + 7)));
    parts.push(n.end());
    expect(readTable(concat(...parts), { encoding: 'utf-8', bom: false, delimiter: ';', decimalComma: true, dateOrderCandidates: [] })).toEqual(table);
  });
});

describe('the generated Russian Excel file', () => {
  it('holds the same orders as the standard one, value for value', () => {
    const read = (path: string) => {
      const raw = new Uint8Array(readFileSync(path));
      const d = detectDialect(raw, path);
      const rows: Array<[string, string, number, number, string]> = [];
      tokenizeCsv(normaliseBytes(raw, d.encoding), {
        delimiter: d.delimiter,
        file: path,
        decode: makeTextDecoder(d.encoding),
        onRow(r) {
          if (r.line === 1) return;
          const b = r.bytes;
          const time = parseDateTimeAt(b, r.start(2), r.end(2), d.dateOrder!);
          rows.push([r.text(0), r.text(1), time - (time % 60), parseMoneyMinorAt(b, r.start(3), r.end(3), d.decimalComma), r.text(6)]);
        },
      });
      return rows;
    };
    const std = read('/work/data/S/orders.csv');
    const ru = read('/work/data/S-ru/orders.csv');
    expect(std.length).toBe(100_000);
    // ru-excel writes minutes only; compare to the minute.
    expect(ru).toEqual(std);
    expect(ru.some((r) => Number.isNaN(r[2]) || Number.isNaN(r[3]))).toBe(false);
  });
});

describe('the generated dirty file', () => {
  it('yields exactly the planted unparsable dates, text amounts and negative amounts', () => {
    const path = '/work/data/dirty/orders.csv';
    const meta = JSON.parse(readFileSync('/work/data/dirty/meta.json', 'utf8')) as { dirty_by_kind: Record<string, number>; orders_clean: number; dirty_rows: number };
    const raw = new Uint8Array(readFileSync(path));
    const d = detectDialect(raw, path);
    expect(d).toMatchObject({ delimiter: ',', decimalComma: false, dateOrder: 'iso' });
    let rows = 0, badDates = 0, badAmounts = 0, negative = 0;
    tokenizeCsv(normaliseBytes(raw, d.encoding), {
      delimiter: d.delimiter,
      file: path,
      onRow(r) {
        if (r.line === 1) return;
        rows++;
        if (Number.isNaN(parseDateTimeAt(r.bytes, r.start(2), r.end(2), 'iso'))) badDates++;
        const a = parseMoneyMinorAt(r.bytes, r.start(3), r.end(3), false);
        if (Number.isNaN(a)) badAmounts++;
        else if (a < 0) negative++;
      },
    });
    expect(rows).toBe(meta.orders_clean + meta.dirty_rows);
    expect(badDates).toBe(meta.dirty_by_kind.unparsable_date);
    expect(badAmounts).toBe(meta.dirty_by_kind.text_amount);
    expect(negative).toBe(meta.dirty_by_kind.negative_amount);
  });
});
