import { describe, expect, test } from 'vitest';
import { orderRows, readFixture } from '../helpers.ts';

describe('amocrm-leads', () => {
  test('counts leads won (Успешно реализовано, Closed - won) and keeps the others uncounted', async () => {
    const p = await readFixture('amocrm-leads-v2025.csv');
    expect(p.source).toBe('amocrm-leads');
    expect(orderRows(p).map((r) => [r.id, r.counted, r.amount, r.date])).toEqual([
      ['9001', true, 12000000, '2026-01-20 16:00:00'],
      ['9002', false, 500000, '2026-01-16 10:00:00'],
      ['9003', false, 0, '2026-01-17 10:00:00'],
      ['9004', true, 30000, '2026-01-19 10:00:00'],
    ]);
  });

  test('identifies the customer from the (контакт) columns', async () => {
    const p = await readFixture('amocrm-leads-v2025.csv');
    const email = p.mapping.columns.find((c) => c.header === 'Рабочий email (контакт)');
    expect(email).toMatchObject({ field: 'email', contact: true });
    const rows = orderRows(p);
    expect(p.customers[rows[0].customer]).toMatchObject({ emails: ['irina@romashka.ru'], phones: ['+74951112233'], firstName: 'Ирина' });
    expect(rows[1].customer).toBe(rows[2].customer);
  });
});
