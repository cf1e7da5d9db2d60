import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readImport } from '../../../core/import/read-import.ts';
import { orderRows, utf8 } from '../helpers.ts';

const HEADER = 'order_id,customer_id,order_date,amount,currency,channel,category,items\n';

describe('generic-orders', () => {
  test("reads the generator's orders shape", async () => {
    const p = await readImport(utf8(HEADER + '10000000,C0009621,2023-11-01T00:10:55,535.00,RUB,web,Книги,2\n'
      + "10000001,'C0002180,2023-11-01T00:45:53,1498.90,rub,store,Электроника,1\n"), 'orders.csv');
    expect(p.source).toBe('generic-orders');
    expect(orderRows(p)).toEqual([
      { id: '10000000', line: 2, customer: 0, date: '2023-11-01 00:10:55', amount: 53500, counted: true, items: 2, currency: 'RUB', channel: 'web', category: 'Книги' },
      { id: '10000001', line: 3, customer: 1, date: '2023-11-01 00:45:53', amount: 149890, counted: true, items: 1, currency: 'RUB', channel: 'store', category: 'Электроника' },
    ]);
    expect(p.customers.map((c) => c.sourceId)).toEqual(['C0009621', 'C0002180']);
  });

  test('reads Russian Excel: Russian headers, ;, decimal comma, dd.mm.yyyy hh:mm', async () => {
    const csv = 'Номер заказа;Код клиента;Дата заказа;Сумма;Валюта\r\n1;К-1;08.03.2026 23:59;1 234,50;RUB\r\n2;К-2;13.03.2026 10:00;99,00;RUB\r\n';
    const rows = orderRows(await readImport(utf8(csv), 'заказы.csv'));
    expect(rows.map((r) => [r.id, r.date, r.amount])).toEqual([['1', '2026-03-08 23:59:00', 123450], ['2', '2026-03-13 10:00:00', 9900]]);
  });

  test('finds customers by email or phone when the file has no customer id', async () => {
    const csv = 'order_id,email,phone,order_date,amount,status\n1,A@x.com,,2026-01-01,10.00,completed\n2,,8 916 123-45-67,2026-01-02,5.00,Отменён\n3,a@x.com,,2026-01-03,1.00,paid\n';
    const p = await readImport(utf8(csv), 'orders.csv');
    const rows = orderRows(p);
    expect(rows.map((r) => [r.customer, r.counted])).toEqual([[0, true], [1, false], [0, true]]);
    expect(p.customers.map((c) => [c.emails, c.phones])).toEqual([[['a@x.com'], []], [[], ['+79161234567']]]);
  });

  test('rejects each bad row with its code and keeps the good ones', async () => {
    const csv = HEADER
      + '1,C1,2026-01-01T10:00:00,10.00,RUB,web,A,1\n'
      + ',C1,2026-01-01T10:00:00,10.00,RUB,web,A,1\n'
      + '3,,2026-01-01T10:00:00,10.00,RUB,web,A,1\n'
      + '4,C1,31.02.2025,10.00,RUB,web,A,1\n'
      + '5,C1,2026-01-01T10:00:00,-10.00,RUB,web,A,1\n'
      + '6,C1,2026-01-01T10:00:00,"1 234,50 руб.",RUB,web,A,1\n'
      + '7,C1,2026-01-01T10:00:00,,RUB,web,A,1\n'
      + '8,C1,2026-01-01T10:00:00,10.00,RUB,web,Одежда "Premium,1\n'
      + '9,C1,2026-01-01T10:00:00,10.00,RUB,web,A,two\n';
    const p = await readImport(utf8(csv), 'orders.csv');
    expect(orderRows(p).map((r) => r.id)).toEqual(['1', '8', '9']);
    expect(p.rejected.map((r) => [r.line, r.code, r.column, r.value, r.kept])).toEqual([
      [3, 'missing_order_id', 'order_id', '', false],
      [4, 'missing_customer_id', 'customer_id', '', false],
      [5, 'unparsable_date', 'order_date', '31.02.2025', false],
      [6, 'negative_amount', 'amount', '-10.00', false],
      [7, 'text_amount', 'amount', '1 234,50 руб.', false],
      [8, 'text_amount', 'amount', '', false],
      [9, 'stray_quote', 'category', 'Одежда "Premium', true],
      [10, 'invalid_value', 'items', 'two', true],
    ]);
    expect(orderRows(p)[1].category).toBe('Одежда "Premium');
  });

  test('marks repeated order ids in the file with the row of their first occurrence', async () => {
    const csv = HEADER + '#7,C1,2026-01-01,1,RUB,,,\n#8,C1,2026-01-02,1,RUB,,,\n#7,C2,2026-01-03,1,RUB,,,\n#7,C1,2026-01-01,1,RUB,,,\n';
    const p = await readImport(utf8(csv), 'orders.csv');
    expect(Array.from(p.orders!.firstWithId)).toEqual([-1, -1, 0, 0]);
  });

  test('the byte-level path and the string path read any file alike', async () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', "'", 'RUB', 'web', 'Книги', 'C1', 'C2', '"q"', 'Одежда "Premium', '1 234,50', '-5.00', '12.34.56'),
      fc.stringMatching(/^[0-9]{1,6}(\.[0-9]{2})?$/),
      fc.constantFrom('2026-01-01T10:00:00', '2026-02-30', '01.02.2026 10:00', 'N/A', '2026-01-01 10:00:00 -0700'),
    );
    const quote = (v: string) => (/[",\n]/.test(v) && !v.includes('Premium') ? `"${v.replace(/"/g, '""')}"` : v);
    await fc.assert(fc.asyncProperty(fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 30 }), async (rows) => {
      const csv = HEADER + rows.map((r) => r.map(quote).join(',')).join('\n') + '\n';
      const opts = { dialect: { dateOrder: 'iso' as const, decimalComma: false } };
      const fast = await readImport(utf8(csv), 'o.csv', opts);
      const slow = await readImport(utf8(csv), 'o.csv', { ...opts, noFastPath: true });
      expect(orderRows(fast)).toEqual(orderRows(slow));
      expect(fast.customers).toEqual(slow.customers);
      expect(fast.rejected.map((r) => [r.line, r.code, r.kept])).toEqual(slow.rejected.map((r) => [r.line, r.code, r.kept]));
    }), { numRuns: 60 });
  });
});
