import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOfIso } from '../../core/model/dates.ts';
import { aggregateOrders } from '../../core/rfm/aggregate.ts';
import { CANONICAL_HEADER, csvField, formatCanonicalRfm } from '../../core/rfm/canonical-csv.ts';
import { defaultRfmSettings } from '../../core/rfm/default-settings.ts';
import { scoreRfm } from '../../core/rfm/score.ts';
import { REPO_ROOT, datasetS } from '../helpers/dataset-s.ts';

/** The spec's default RFM in DuckDB SQL (core/rfm/rfm.sql): the yardstick for warehouses and the benchmark. */
const RFM_SQL = readFileSync(join(REPO_ROOT, 'core/rfm/rfm.sql'), 'utf8');
import { minorUnits, orderTable, readStdOrders, wallSeconds } from '../helpers/std-orders.ts';

let db: DuckDBConnection;
beforeAll(async () => {
  db = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => db.closeSync());

async function sqlCanonical(asOf: string): Promise<string> {
  const reader = await db.runAndReadAll(RFM_SQL, { as_of: asOf });
  const rows = reader.getRows().map((row) => row.map((v) => csvField(String(v))).join(','));
  return [CANONICAL_HEADER, ...rows].join('\n') + '\n';
}

function tsCanonical(csv: string, asOf: string): string {
  const { orders, customerIds } = readStdOrders(csv);
  const { input } = aggregateOrders(orders, customerIds.length, dayOfIso(asOf)!);
  return formatCanonicalRfm(customerIds, input, scoreRfm(input, defaultRfmSettings(asOf)));
}

describe('the RFM rules in DuckDB SQL', () => {

  it('gives byte-for-byte the TypeScript output on dataset S, also as of an earlier date', async () => {
    const path = join(datasetS(), 'orders.csv').replaceAll("'", "''");
    await db.run('DROP TABLE IF EXISTS orders');
    await db.run(`CREATE OR REPLACE VIEW orders AS SELECT order_id, customer_id, order_date, amount FROM read_csv('${path}', header = true,
      columns = {'order_id': 'VARCHAR', 'customer_id': 'VARCHAR', 'order_date': 'TIMESTAMP', 'amount': 'DECIMAL(18,2)',
                 'currency': 'VARCHAR', 'channel': 'VARCHAR', 'category': 'VARCHAR', 'items': 'INTEGER'})`);
    const csv = readFileSync(join(datasetS(), 'orders.csv'), 'utf8');
    for (const asOf of ['2026-11-01', '2025-06-30']) {
      const fromSql = await sqlCanonical(asOf);
      expect(fromSql.length).toBeGreaterThan(10_000);
      expect(fromSql).toBe(tsCanonical(csv, asOf));
    }
  });

  it('sorts ids in UTF-8 byte order and quotes them the same way as the TypeScript output', async () => {
    const ids = ['b', 'a,b', 'say "hi"', '\uE000x', '\u{1F600}x', 'Ё', 'é', 'B', 'a', '\uFFFFz', '10', '9'];
    const rows = ids.map((id, i) => ({ order: `o${i}`, id, date: `2026-0${1 + (i % 9)}-1${i % 10}T12:00:00`, amount: `${i * 7 + 1}.0${i % 10}` }));
    await db.run('DROP VIEW IF EXISTS orders');
    await db.run('CREATE OR REPLACE TABLE orders (order_id VARCHAR, customer_id VARCHAR, order_date TIMESTAMP, amount DECIMAL(18,2))');
    for (const r of rows) await db.run('INSERT INTO orders VALUES ($1, $2, CAST($3 AS TIMESTAMP), CAST($4 AS DECIMAL(18,2)))', [r.order, r.id, r.date, r.amount]);
    const orders = orderTable(rows.map((r) => r.order), rows.map((_, i) => i), rows.map((r) => wallSeconds(r.date)), rows.map((r) => minorUnits(r.amount)));
    const { input } = aggregateOrders(orders, ids.length, dayOfIso('2026-11-01')!);
    const fromTs = formatCanonicalRfm(ids, input, scoreRfm(input, defaultRfmSettings('2026-11-01')));
    expect(await sqlCanonical('2026-11-01')).toBe(fromTs);
    const order = fromTs.split('\n').slice(1, -1).map((line) => ids.findIndex((id) => line.startsWith(csvField(id) + ',')));
    expect(order.map((i) => ids[i])).toEqual(['10', '9', 'B', 'a', 'a,b', 'b', 'say "hi"', 'é', 'Ё', '\uE000x', '\uFFFFz', '\u{1F600}x']);
  });
});
