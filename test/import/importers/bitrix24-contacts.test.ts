import { describe, expect, test } from 'vitest';
import { readFixture } from '../helpers.ts';

describe('bitrix24-contacts', () => {
  test('reads the UTF-8 export: every value quoted, trailing ; dropped, typed phone and e-mail columns merged', async () => {
    const p = await readFixture('bitrix24-contacts-utf8.csv');
    expect(p.source).toBe('bitrix24-contacts');
    expect(p.mapping.columns.map((c) => c.header)).not.toContain('');
    expect(p.customers[0]).toEqual({
      line: 2, sourceId: 'bitrix24:15', firstName: 'Мария', lastName: 'Ерёменко', middleName: 'Ивановна',
      birthDate: '1967-07-16', signupDate: '2025-06-25', emails: ['m.eremenko@work.ru', 'maria@mail.ru'],
      phones: ['+74951234567', '+79167654321'], tags: [],
      attributes: { Обращение: 'г-жа', Должность: 'Бухгалтер', Компания: 'ООО Ромашка', Источник: 'Звонок', Ответственный: 'Иван Петров' },
    });
    expect(p.customers).toHaveLength(3);
    expect(p.rejected).toEqual([]);
  });

  test('reads the Windows-1251 export to the same customers', async () => {
    const utf8 = await readFixture('bitrix24-contacts-utf8.csv');
    const cp1251 = await readFixture('bitrix24-contacts-cp1251.csv');
    expect(cp1251.dialect.encoding).toBe('windows-1251');
    expect(cp1251.customers).toEqual(utf8.customers);
  });
});
