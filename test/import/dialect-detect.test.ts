import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectDialect, dialectSampleRanges } from '../../core/import/dialect-detect.ts';
import { ImportError, type Dialect } from '../../core/import/types.ts';
import { concat, encode1251, encodeUtf16, encodeUtf8 } from './fixtures.ts';

const detect = (bytes: Uint8Array) => detectDialect(bytes, 'test.csv');
const pick = (d: Dialect) => ({ ...d });

const shopify = [
  'Name,Email,Financial Status,Paid at,Currency,Subtotal,Total,Created at,Lineitem quantity,Notes,Billing Phone',
  '#1001,anna@example.com,paid,2026-05-12 12:54:07 -0700,USD,120.00,127.50,2026-05-12 12:50:01 -0700,1,"Leave at the door,\nplease",\'+15551234567',
  '#1001,anna@example.com,,,,,,2026-05-12 12:50:01 -0700,2,,',
  '#1002,bob@example.com,refunded,,USD,5.00,5.00,2026-05-13 09:00:00 -0700,1,,',
].join('\n');

const bitrix = [
  '"ID";"Имя";"Фамилия";"Дата рождения";"Телефон";"Сумма";"Дата создания";',
  '"1";"Анна";"Иванова";"16.07.1967";"+7 916 123-45-67";"1 234,50";"01.11.2023 10:15:00";',
  '"2";"Борис";"Петров";"";"";"99,90";"25.12.2024 18:00:01";',
  '"3";"Вера";"Сидорова";"05.03.1990";"";"12 000,00";"03.01.2025 09:00:00";',
].join('\r\n') + '\r\n';

describe('dialect detection', () => {
  it('reads the standard generated files: UTF-8, comma, decimal dot, ISO dates', () => {
    const d = detect(new Uint8Array(readFileSync('/work/data/S/orders.csv')));
    expect(pick(d)).toEqual({ encoding: 'utf-8', bom: false, delimiter: ',', decimalComma: false, dateOrder: 'iso', dateOrderCandidates: ['iso'] });
    expect(detect(new Uint8Array(readFileSync('/work/data/S/customers.csv'))).delimiter).toBe(',');
  });

  it('reads Russian Excel files: Windows-1251, semicolon, decimal comma, day first', () => {
    for (const f of ['orders', 'customers']) {
      const d = detect(new Uint8Array(readFileSync(`/work/data/S-ru/${f}.csv`)));
      expect(pick(d), f).toEqual({ encoding: 'windows-1251', bom: false, delimiter: ';', decimalComma: true, dateOrder: 'dmy', dateOrderCandidates: ['dmy'] });
    }
  });

  it('decides the date order of a date-sorted file from windows past its head', () => {
    // The first 2000 rows of S-ru/orders.csv hold only 1–3 November: day and month both ≤ 12.
    const bytes = new Uint8Array(readFileSync('/work/data/S-ru/orders.csv'));
    const [head] = dialectSampleRanges(bytes.length);
    expect(detect(bytes.slice(0, 100_000)).dateOrder).toBeUndefined();
    const windows = dialectSampleRanges(bytes.length).slice(1).map((r) => bytes.slice(r.offset, r.offset + r.length));
    expect(windows.length).toBe(16);
    expect(detectDialect(bytes.subarray(0, head.length), 'orders.csv', windows).dateOrder).toBe('dmy');
  });

  it('reads a Shopify orders export: offsets after the time, quoted newlines, leading apostrophes', () => {
    expect(pick(detect(encodeUtf8(shopify)))).toEqual({ encoding: 'utf-8', bom: false, delimiter: ',', decimalComma: false, dateOrder: 'iso', dateOrderCandidates: ['iso'] });
  });

  it('reads Bitrix24 in Windows-1251 and in UTF-8 with a BOM, trailing semicolons and all', () => {
    const expected = { delimiter: ';', decimalComma: true, dateOrder: 'dmy', dateOrderCandidates: ['dmy'] };
    expect(detect(encode1251(bitrix))).toMatchObject({ encoding: 'windows-1251', bom: false, ...expected });
    expect(detect(encodeUtf8(bitrix, true))).toMatchObject({ encoding: 'utf-8', bom: true, ...expected });
  });

  it('reads UTF-16 tab-separated text as Excel saves "Unicode text"', () => {
    const text = 'Имя\tСумма\tДата\r\nАнна\t1234,50\t25.12.2024\r\nБорис\t10,00\t01.02.2025\r\n';
    expect(detect(encodeUtf16(text, false))).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t', decimalComma: true, dateOrder: 'dmy' });
    expect(detect(encodeUtf16(text, true))).toMatchObject({ encoding: 'utf-16be', bom: true, delimiter: '\t' });
  });

  it('prefers the delimiter giving every row the same width over the most frequent character', () => {
    const text = 'id;amount;note\n1;1234,50;a,b,c\n2;10,00;x\n3;7,5;y,z\n';
    expect(detect(encodeUtf8(text))).toMatchObject({ delimiter: ';', decimalComma: true });
    expect(detect(encodeUtf8('a|b|c\n1|2,5|x\n3|4|y\n')).delimiter).toBe('|');
    expect(detect(encodeUtf8('a,b\n"1;2;3",x\n"4;5",y\n')).delimiter).toBe(',');
  });

  it('reads thousands-grouped decimal comma amounts', () => {
    expect(detect(encodeUtf8('id;sum\n1;1\u00a0234,50\n2;12\u00a0000\n')).decimalComma).toBe(true);
    expect(detect(encodeUtf8('id,sum\n1,"1,234.50"\n2,12.00\n')).decimalComma).toBe(false);
  });

  it('reports month-first dates when a value proves it', () => {
    const text = 'order_id,order_date,order_total\n1,9/6/2016 6:29:00,10.00\n2,9/26/2016 7:00:00,5.00\n';
    expect(detect(encodeUtf8(text))).toMatchObject({ dateOrder: 'mdy', dateOrderCandidates: ['mdy'] });
  });

  it('leaves the date order open when every value allows both, listing the likelier first', () => {
    const dots = detect(encodeUtf8('id;date\n1;05.06.2026\n2;01.02.2026\n'));
    expect(dots.dateOrder).toBeUndefined();
    expect(dots.dateOrderCandidates).toEqual(['dmy', 'mdy']);
    const slashes = detect(encodeUtf8('id,date\n1,05/06/2026\n2,1/2/2026\n'));
    expect(slashes.dateOrder).toBeUndefined();
    expect(slashes.dateOrderCandidates).toEqual(['mdy', 'dmy']);
    const conflicting = detect(encodeUtf8('id,date\n1,25/06/2026\n2,06/25/2026\n3,26/06/2026\n'));
    expect(conflicting.dateOrder).toBeUndefined();
    expect(conflicting.dateOrderCandidates).toEqual(['dmy', 'mdy']);
  });

  it('has nothing to decide in a file without dates', () => {
    expect(detect(encodeUtf8('email,name\na@b.c,Ann\n'))).toMatchObject({ dateOrder: undefined, dateOrderCandidates: [] });
  });

  it('ignores impossible dates when deciding the order', () => {
    expect(detect(encodeUtf8('id;date\n1;31.02.2025\n2;25.12.2024\n3;N/A\n')).dateOrder).toBe('dmy');
  });

  it('accepts a single column of short values', () => {
    expect(detect(encodeUtf8('email\nann@example.com\nbob@example.com\n')).delimiter).toBe(',');
  });

  it('refuses files that are not tables, in one sentence', () => {
    const cases: Array<[Uint8Array, string]> = [
      [new Uint8Array(0), 'empty_file'],
      [encodeUtf8(' \r\n\n'), 'empty_file'],
      [concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), new Uint8Array(200)), 'binary_file'],
      [Uint8Array.from({ length: 3000 }, (_, k) => (k * 7919) % 256), 'binary_file'],
      [encodeUtf8('<!DOCTYPE html>\n<html><body><table><tr><td>ID</td></tr></table></body></html>'), 'html_file'],
      [encodeUtf8('<html>\n<head><meta charset="windows-1251"></head><table><tr><td>1</td></tr></table></html>'), 'html_file'],
      [encodeUtf8('This is a letter, not a table.\nIt has sentences of different shapes, with commas here, there, and everywhere.\nSincerely, me\n'), 'not_a_table'],
      [encodeUtf8('Dear customer\nwe are happy to tell you about our new offers this spring\nbest regards from the whole team\n'), 'not_a_table'],
    ];
    for (const [bytes, code] of cases) {
      let error: unknown;
      try {
        detect(bytes);
      } catch (e) {
        error = e;
      }
      expect(error, code).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe(code);
      expect((error as ImportError).file).toBe('test.csv');
      expect((error as ImportError).message).toMatch(/^test\.csv [^\n]+\.$/);
    }
  });

  it('reports an unclosed quote with its line when the file is read whole', () => {
    expect(() => detect(encodeUtf8('a,b\n1,2\n3,"open\n4,5\n'))).toThrow(/line 3/);
  });

  it('samples the head and windows spread over the rest of a big file', () => {
    expect(dialectSampleRanges(1000)).toEqual([{ offset: 0, length: 1000 }]);
    const ranges = dialectSampleRanges(100 << 20);
    expect(ranges[0]).toEqual({ offset: 0, length: 1 << 20 });
    expect(ranges.length).toBe(17);
    expect(ranges.at(-1)!.offset + ranges.at(-1)!.length).toBeLessThanOrEqual(100 << 20);
    expect(ranges.at(-1)!.offset + ranges.at(-1)!.length).toBeGreaterThan((100 << 20) - 2);
    expect(ranges.every((r) => r.offset % 2 === 0)).toBe(true);
  });
});
