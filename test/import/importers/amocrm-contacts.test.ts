import { describe, expect, test } from 'vitest';
import { readFixture } from '../helpers.ts';

describe('amocrm-contacts', () => {
  test('reads the ;-separated export with a BOM, unescapes HTML entities and merges phone and email columns', async () => {
    const p = await readFixture('amocrm-contacts-v2025.csv');
    expect(p.source).toBe('amocrm-contacts');
    expect(p.dialect.bom).toBe(true);
    expect(p.mapping.columns[0].header).toBe('ID');
    expect(p.customers[0]).toMatchObject({
      sourceId: 'amocrm:5001', firstName: 'Ирина', lastName: 'Лебедева', emails: ['irina@romashka.ru', 'irina.l@gmail.com'],
      phones: ['+74951112233', '+79262223344'], tags: ['vip', 'опт'], signupDate: '2026-01-12',
      attributes: { 'Название компании': 'ООО "Ромашка"', Должность: 'Директор' },
    });
    expect(p.customers[2].attributes['Название компании']).toBe('ИП «Тест»');
  });

  test('keeps a contact with an id but no email or phone', async () => {
    const p = await readFixture('amocrm-contacts-v2025.csv');
    expect(p.customers[2]).toMatchObject({ sourceId: 'amocrm:5003', emails: [], phones: [] });
    expect(p.rejected).toEqual([]);
  });
});
