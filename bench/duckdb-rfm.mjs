// The spec's RFM as DuckDB SQL (core/rfm/rfm.sql) over an orders CSV, written to a CSV file: the
// yardstick `npm run bench` runs beside our command line. Prints one JSON line: { ms, peakMB }.
// usage: node bench/duckdb-rfm.mjs <orders.csv> <as-of YYYY-MM-DD> <out.csv> [threads]
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [orders, asOf, out, threads = '2'] = process.argv.slice(2);
const t0 = performance.now();
const sql = readFileSync(new URL('../core/rfm/rfm.sql', import.meta.url), 'utf8')
  .replace(/^--.*$/gm, '')
  .replaceAll('$as_of', `'${asOf}'`);
const db = await DuckDBInstance.create(':memory:', { threads });
const conn = await db.connect();
await conn.run(`CREATE VIEW orders AS SELECT * FROM read_csv('${orders}', header = true,
  columns = { order_id: 'VARCHAR', customer_id: 'VARCHAR', order_date: 'TIMESTAMP', amount: 'DECIMAL(18,2)',
              currency: 'VARCHAR', channel: 'VARCHAR', category: 'VARCHAR', items: 'INTEGER' })`);
await conn.run(`COPY (${sql}) TO '${out}' (HEADER, DELIMITER ',')`);
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024 }));
