import { describe, expect, test } from 'vitest';
import { orderRows, readFixture } from '../helpers.ts';

describe('woocommerce-orders', () => {
  test('makes one order of the product rows that repeat an order, summing quantities', async () => {
    const p = await readFixture('woocommerce-orders-advanced-v3.csv');
    expect(p.source).toBe('woocommerce-orders');
    const rows = orderRows(p);
    expect(rows.map((r) => r.id)).toEqual(['3001', '3002', '3003', '3004', '3005', '3006']);
    expect(rows[0]).toMatchObject({ amount: 170000, items: 3, counted: true, date: '2026-03-08 14:05:00', currency: 'RUB' });
  });

  test("takes 'Order Total Amount (- Refund)' as the net amount and does not count cancelled, refunded or failed orders", async () => {
    const byId = Object.fromEntries(orderRows(await readFixture('woocommerce-orders-advanced-v3.csv')).map((r) => [r.id, r]));
    expect(byId['3002']).toMatchObject({ amount: 0, counted: false });
    expect(byId['3003']).toMatchObject({ amount: 150000, counted: true });
    expect(byId['3004'].counted).toBe(false);
    expect(byId['3005'].counted).toBe(false);
    expect(byId['3006'].counted).toBe(true);
  });

  test('identifies customers by billing email (any case) or phone', async () => {
    const p = await readFixture('woocommerce-orders-advanced-v3.csv');
    const rows = orderRows(p);
    expect(rows[2].customer).toBe(rows[0].customer);
    expect(p.customers[rows[0].customer]).toMatchObject({ emails: ['olga@example.ru'], phones: ['+79035551234'], firstName: 'Olga' });
    expect(p.customers[rows[5].customer]).toMatchObject({ emails: [], phones: ['+79120001122'] });
  });

  test('reads the snake_case layout with M/D/YYYY dates, guests told apart by email, phones by billing country', async () => {
    const p = await readFixture('woocommerce-orders-snake-v1.csv');
    expect(p.source).toBe('woocommerce-orders');
    expect(p.dialect.dateOrder).toBe('mdy');
    const rows = orderRows(p);
    expect(rows.map((r) => [r.id, r.date, r.amount, r.counted, r.items])).toEqual([
      ['101', '2016-09-06 06:29:00', 4500, true, 3],
      ['102', '2016-10-07 18:02:11', 0, false, 1],
      ['103', '2016-11-08 08:00:00', 2500, true, 1],
      ['104', '2016-12-09 08:00:00', 1500, false, 1],
    ]);
    expect(rows[0].customer).not.toBe(rows[3].customer);
    expect(p.customers[rows[0].customer]).toMatchObject({ emails: ['tom@example.com'], phones: ['+15553012233'] });
  });
});
