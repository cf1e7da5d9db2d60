import { describe, expect, test } from 'vitest';
import { orderRows, readFixture } from '../helpers.ts';

describe('bitrix24-deals', () => {
  test('keeps every deal and counts only won ones, dated by their close date', async () => {
    const p = await readFixture('bitrix24-deals-utf8.csv');
    expect(p.source).toBe('bitrix24-deals');
    expect(orderRows(p).map((r) => [r.id, r.counted, r.amount, r.date, r.channel])).toEqual([
      ['101', true, 1500050, '2026-03-05 17:30:00', 'Общее'],
      ['102', false, 800000, '2026-03-02 10:00:00', 'Общее'],
      ['103', false, 300000, '2026-03-03 10:00:00', 'Общее'],
      ['104', true, 250000, '2026-03-04 12:00:00', 'Розница'],
      ['105', true, 120000, '2026-03-05 11:00:00', 'Розница'],
    ]);
  });

  test('refers to contacts by name when the export has nothing else', async () => {
    const p = await readFixture('bitrix24-deals-utf8.csv');
    expect(p.customers.map((c) => [c.firstName, c.lastName, c.nameOnly])).toEqual([
      ['Мария', 'Ерёменко', true], ['Пётр', 'Соколов', true], ['Олег', 'Новиков', true],
    ]);
  });
});
