import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { SAMPLE_ROWS, inspectImport } from '../../core/import/read-import.ts';
import { utf8 } from './helpers.ts';
import { encode1251 } from './fixtures.ts';

describe('inspectImport preview', () => {
  test('shows the first data rows as the table reads them, in a Windows-1251 file with ";" too', () => {
    const csv = 'order_id;customer_id;order_date;amount\r\n1;C1;01.11.2023 00:10;535,00\r\n2;"Иванов; Пётр";02.11.2023 10:00;1 234,50\r\n';
    const preview = inspectImport(encode1251(csv), 'заказы.csv');
    expect(preview.format).toBe('csv');
    expect(preview.dialect).toMatchObject({ encoding: 'windows-1251', delimiter: ';', decimalComma: true });
    expect(preview.sample).toEqual([
      ['1', 'C1', '01.11.2023 00:10', '535,00'],
      ['2', 'Иванов; Пётр', '02.11.2023 10:00', '1 234,50'],
    ]);
  });

  test('samples at most the first rows, blank lines skipped', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 12 }), fc.boolean(), (n, blank) => {
      const rows = Array.from({ length: n }, (_, i) => `${i},C${i},2026-01-0${1 + (i % 9)},${i}.00`);
      const csv = `order_id,customer_id,order_date,amount\n${blank ? '\n' : ''}${rows.join('\n')}\n`;
      const { sample } = inspectImport(utf8(csv), 'o.csv');
      expect(sample).toHaveLength(Math.min(n, SAMPLE_ROWS));
      sample.forEach((row, i) => expect(row).toEqual([String(i), `C${i}`, `2026-01-0${1 + (i % 9)}`, `${i}.00`]));
    }));
  });

  test('samples JSON rows by header', () => {
    const json = JSON.stringify([{ email: 'a@x.com', city: 'Омск' }, { city: 'Тверь', email: 'b@x.com' }]);
    const preview = inspectImport(utf8(json), 'c.json');
    expect(preview.format).toBe('json');
    expect(preview.headers).toEqual(['email', 'city']);
    expect(preview.sample).toEqual([['a@x.com', 'Омск'], ['b@x.com', 'Тверь']]);
  });

  test('says a campaign results file is one, with its campaign mapping, before the customers and orders importers', () => {
    const csv = 'Кампания;Email;Отправлено;Открыто;Выручка\nЧёрная пятница;a@x.ru;1;0;0\n';
    const preview = inspectImport(utf8(csv), 'кампании.csv');
    expect(preview.importer).toEqual({ id: 'campaign-results', label: 'Campaign results', kind: 'campaigns' });
    expect(preview.candidates[0].id).toBe('campaign-results');
    expect(preview.candidates[0].score).toBeGreaterThan(preview.candidates[1]?.score ?? 0);
    expect(preview.campaignMapping?.columns.map((c) => c.field)).toEqual(['campaign', 'email', 'sent', 'opened', 'revenue']);
    expect(preview.mapping.columns.every((c) => c.field === 'ignore')).toBe(true);
    expect(preview.sample).toEqual([['Чёрная пятница', 'a@x.ru', '1', '0', '0']]);
  });

  test('reads a campaign results file as customers when the user picks that importer', () => {
    const csv = 'Кампания;Email;Отправлено\nЛето;a@x.ru;1\n';
    const preview = inspectImport(utf8(csv), 'c.csv', { importer: 'generic-customers' });
    expect(preview.importer.kind).toBe('customers');
    expect(preview.campaignMapping).toBeUndefined();
    expect(preview.mapping.columns[1].field).toBe('email');
  });

  test('does not take a customers file for campaign results', () => {
    const preview = inspectImport(utf8('customer_id,email,city\nC1,a@x.ru,Омск\n'), 'c.csv');
    expect(preview.importer.kind).toBe('customers');
    expect(preview.campaignMapping).toBeUndefined();
  });
});
