import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/engine/engine.ts';

let dbCount = 0;
const freshDb = () => `rejected-rows-test-${process.pid}-${++dbCount}`;

describe('rejectedRows', () => {
  it('pages through the rejected rows of one import in file order, as the CSV report lists them', async () => {
    const engine = createEngine({ dbName: freshDb() });
    const csv = [
      'order_id,customer_id,order_date,amount',
      '1,C1,2026-01-01,1.00',
      ',C1,2026-01-02,2.00',
      '3,,2026-01-03,3.00',
      '4,C1,2026-13-45,4.00',
      '5,C1,2026-01-05,-5.00',
      '6,C1,2026-01-06,6.00',
    ].join('\n');
    await engine.importFiles([new File([csv], 'orders.csv')], { asOf: '2026-02-01' });
    const [record] = await engine.importHistory();
    const all = await engine.rejectedRows(record.id, { offset: 0, limit: 100 });
    // Warnings too (kept: the order was imported), as in the CSV report; the header is line 1.
    expect(all.total).toBe(6);
    expect(all.rows.map((r) => [r.line, r.code, r.kept])).toEqual([
      [2, 'unknown_customer_id', true], [3, 'missing_order_id', false], [4, 'missing_customer_id', false],
      [5, 'unparsable_date', false], [6, 'negative_amount', false], [7, 'unknown_customer_id', true],
    ]);
    expect(all.rows.every((r) => r.file === 'orders.csv' && r.reason.length > 0)).toBe(true);
    const page = await engine.rejectedRows(record.id, { offset: 1, limit: 2 });
    expect(page).toEqual({ total: 6, rows: all.rows.slice(1, 3) });
    const lines = (await engine.rejectedRowsCsv(record.id)).trim().split(/\r?\n/);
    expect(lines.length - 1).toBe(all.total);
  });

  it('refuses an unknown import id', async () => {
    const engine = createEngine({ dbName: freshDb() });
    await expect(engine.rejectedRows('nope', { offset: 0, limit: 10 })).rejects.toThrow(/No import with id nope/);
  });
});
