import { describe, expect, test } from 'vitest';
import { orderRows, readFixture } from '../helpers.ts';

describe('shopify-orders', () => {
  test('is detected from the export headers', async () => {
    expect((await readFixture('shopify-orders-v2024.csv')).source).toBe('shopify-orders');
    expect((await readFixture('shopify-orders-v2019.csv')).source).toBe('shopify-orders');
  });

  test('folds line items into orders: totals from the first row, quantities summed, Total never summed down', async () => {
    const rows = orderRows(await readFixture('shopify-orders-v2024.csv'));
    expect(rows.map((r) => r.id)).toEqual(['#1001', '#1002', '#1003', '#1004', '#1005', '#1006', '#1007', '#1008']);
    expect(rows[0]).toMatchObject({ id: '#1001', amount: 15000, items: 3, counted: true, currency: 'USD', channel: 'web' });
    expect(rows[7]).toMatchObject({ id: '#1008', amount: 12000, items: 6, counted: true });
  });

  test('keeps the wall-clock time as written and ignores the -0700 offset', async () => {
    const rows = orderRows(await readFixture('shopify-orders-v2024.csv'));
    expect(rows[0].date).toBe('2026-05-12 12:54:07');
    expect(rows[5].date).toBe('2026-05-18 11:59:00');
  });

  test('counts a partial refund net and does not count refunded, voided or cancelled orders', async () => {
    const byId = Object.fromEntries(orderRows(await readFixture('shopify-orders-v2024.csv')).map((r) => [r.id, r]));
    expect(byId['#1002']).toMatchObject({ amount: 15000, counted: true });
    expect(byId['#1003']).toMatchObject({ amount: 0, counted: false });
    expect(byId['#1004']).toMatchObject({ counted: false });
    expect(byId['#1005']).toMatchObject({ amount: 9900, counted: false });
    expect(byId['#1008']).toMatchObject({ counted: true });
  });

  test('reads a line after a quoted multi-line Notes cell at its physical line', async () => {
    expect(orderRows(await readFixture('shopify-orders-v2024.csv')).map((r) => r.line)).toEqual([2, 5, 6, 7, 8, 9, 10, 11]);
  });

  test('identifies the customer by email (any case), else by phone with the leading apostrophe removed', async () => {
    const p = await readFixture('shopify-orders-v2024.csv');
    const rows = orderRows(p);
    expect(rows[6].customer).toBe(rows[0].customer);
    const fedor = p.customers[rows[5].customer];
    expect(fedor).toMatchObject({ emails: [], phones: ['+79161234567'], firstName: 'Фёдор', lastName: 'Смирнов', country: 'RU' });
    expect(p.customers[rows[0].customer]).toMatchObject({ emails: ['anna@example.com'], phones: ['+15552013344'], consent: true });
  });

  test("reads the older layout's 'Canceled at' spelling", async () => {
    const rows = orderRows(await readFixture('shopify-orders-v2019.csv'));
    expect(rows.map((r) => [r.id, r.counted])).toEqual([['#2001', true], ['#2002', false]]);
  });

  test('reports the first row of an order without Total and skips its continuation rows', async () => {
    const csv = 'Name,Email,Financial Status,Total,Created at,Lineitem quantity,Lineitem name\n'
      + '#1,a@example.com,paid,,2026-01-01 10:00:00 +0000,1,A\n#1,a@example.com,,,2026-01-01 10:00:00 +0000,2,B\n'
      + '#2,b@example.com,paid,5.00,2026-01-02 10:00:00 +0000,1,C\n';
    const { readImport } = await import('../../../core/import/read-import.ts');
    const p = await readImport(new TextEncoder().encode(csv), 'shopify.csv');
    expect(orderRows(p).map((r) => r.id)).toEqual(['#2']);
    expect(p.rejected).toEqual([expect.objectContaining({ line: 2, code: 'text_amount', column: 'Total' })]);
  });
});
