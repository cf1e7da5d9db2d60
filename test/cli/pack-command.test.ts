import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/main.ts';
import { readScoreCsv } from '../../cli/score-csv.ts';
import { emptyDataset } from '../../core/engine/empty-dataset.ts';
import { dayOfIso } from '../../core/model/dates.ts';
import { aggregateOrders } from '../../core/rfm/aggregate.ts';
import { defaultRfmSettings } from '../../core/rfm/default-settings.ts';
import { scoreRfm } from '../../core/rfm/score.ts';
import { applyMerge } from '../../core/sync/apply-merge.ts';
import { scoresForDataset } from '../../core/sync/imported-scores.ts';
import { planMerge } from '../../core/sync/plan-merge.ts';
import { readSync } from '../../core/sync/read-sync.ts';
import { REPO_ROOT, datasetS } from '../helpers/dataset-s.ts';
import { readStdOrders } from '../helpers/std-orders.ts';
import { streamOf } from '../sync/sync-helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'segmenta-pack-'));
const RFM_SQL = readFileSync(join(REPO_ROOT, 'core/rfm/rfm.sql'), 'utf8').replace(/;\s*$/, '');
const sqlPath = (p: string) => p.replaceAll("'", "''");

async function cli(...argv: string[]) {
  let stdout = '', stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('segmenta pack', () => {
  it('turns the warehouse RFM query result (DuckDB, dataset S) into a scores-only sync file the app reads as the same scores', async () => {
    const asOf = '2026-11-01';
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const dir = datasetS();
    await db.run(`CREATE VIEW orders AS SELECT order_id, customer_id, order_date, amount FROM read_csv('${sqlPath(join(dir, 'orders.csv'))}', header = true,
      columns = {'order_id': 'VARCHAR', 'customer_id': 'VARCHAR', 'order_date': 'TIMESTAMP', 'amount': 'DECIMAL(18,2)',
                 'currency': 'VARCHAR', 'channel': 'VARCHAR', 'category': 'VARCHAR', 'items': 'INTEGER'})`);
    await db.run(`CREATE TABLE scores AS ${RFM_SQL}`, { as_of: asOf });
    const csv = join(tmp, 'scores.csv');
    await db.run(`COPY (SELECT s.*, c.email, c.phone, c.first_name AS name FROM scores s
      LEFT JOIN read_csv('${sqlPath(join(dir, 'customers.csv'))}', header = true, all_varchar = true) c USING (customer_id) ORDER BY customer_id)
      TO '${sqlPath(csv)}' (HEADER, DELIMITER ',')`);
    db.closeSync();

    const out = join(tmp, 'scores.segmenta');
    const { code, stderr } = await cli('pack', csv, '--out', out, '--as-of', asOf, '--device-id', 'warehouse');
    expect(stderr).toMatch(/packed \d+ scored customers as of 2026-11-01/);
    expect(code).toBe(0);

    const file = await readSync(streamOf(new Uint8Array(readFileSync(out))));
    expect(file.envelope.scope).toEqual({ kind: 'scores' });
    expect(file.envelope.source.deviceId).toBe('warehouse');
    expect(file.orders.length).toBe(0);

    // The same scores as the app's own engine over the same orders.
    const { orders, customerIds } = readStdOrders(readFileSync(join(dir, 'orders.csv'), 'utf8'));
    const settings = defaultRfmSettings(asOf);
    const { input } = aggregateOrders(orders, customerIds.length, dayOfIso(asOf)!);
    const expected = scoreRfm(input, settings);
    const local = { ds: emptyDataset(), state: { segments: [], schemes: [], snapshots: [] } };
    const merged = applyMerge(local, planMerge(local, file));
    const scores = scoresForDataset(file.scores!, merged.ds, settings);
    const position = new Map(merged.ds.customers.map((c, i) => [c.id, i]));
    let compared = 0;
    customerIds.forEach((id, k) => {
      const i = position.get(id);
      if (expected.segment[k] < 0) { expect(i).toBeUndefined(); return; }
      expect([scores.scores.r[i!], scores.scores.f[i!], scores.scores.m[i!], scores.input.monetary[i!]], id)
        .toEqual([expected.r[k], expected.f[k], expected.m[k], input.monetary[k]]);
      expect(scores.scores.settings.segmentMap.segments[scores.scores.segment[i!]]).toBe(settings.segmentMap.segments[expected.segment[k]]);
      compared++;
    });
    expect(compared).toBe(file.scores!.length);
    expect(compared).toBeGreaterThan(5000);
    const c1 = merged.ds.customers[position.get('C0000001')!];
    expect(c1).toMatchObject({ emails: ['meremenko@bk.ru'], phones: ['+79696825861'], firstName: 'МАРИЯ', updatedAt: 0 });
  });

  it('adds scored customers without overwriting the records a device already has', async () => {
    const csv = join(tmp, 'small.csv');
    writeFileSync(csv, 'customer_id,recency_days,frequency,monetary,r,f,m,segment,email\nA,3,2,10.5,5,4,3,Champions,a@x.ru\n"B,2",90,1,-3.00,1,1,1,Lost,\n');
    const out = join(tmp, 'small.segmenta');
    expect((await cli('pack', csv, '--out', out, '--as-of', '2026-01-31')).code).toBe(0);
    const file = await readSync(streamOf(new Uint8Array(readFileSync(out))));
    const ds = emptyDataset();
    ds.customers.push({ id: 'A', externalIds: ['A'], emails: ['real@x.ru'], phones: [], tags: [], attributes: {}, city: 'Пермь', updatedAt: 5 });
    const local = { ds, state: { segments: [], schemes: [], snapshots: [] } };
    const plan = planMerge(local, file);
    expect(plan.summary.customers).toMatchObject({ new: 1, keptLocal: 1 });
    const merged = applyMerge(local, plan);
    expect(merged.ds.customers.map((c) => c.id)).toEqual(['A', 'B,2']);
    expect(merged.ds.customers[0].emails).toEqual(['real@x.ru']);
    const scores = scoresForDataset(plan.scores!, merged.ds, defaultRfmSettings('2026-01-31'));
    expect(Array.from(scores.input.monetary)).toEqual([1050, -300]);
    expect(scores.scores.settings.asOf).toBe('2026-01-31');
  });

  it('refuses a CSV without the canonical columns or with a bad value, naming the line', async () => {
    const csv = join(tmp, 'bad.csv');
    writeFileSync(csv, 'customer_id,recency_days,frequency\nA,1,1\n');
    let r = await cli('pack', csv, '--out', join(tmp, 'bad.segmenta'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the header lacks monetary, r, f, m, segment');
    writeFileSync(csv, 'customer_id,recency_days,frequency,monetary,r,f,m,segment\nA,1,1,1.00,5,5,5,Champions\nB,1,1,12,9x,5,5,Lost\n');
    r = await cli('pack', csv, '--out', join(tmp, 'bad.segmenta'));
    expect(r.stderr).toContain('line 3: r "9x" is not a whole number from 1 to 10');
    expect((await cli('pack', csv)).code).toBe(2);
  });

  it('reads quoted fields, CRLF line ends and amounts exactly', () => {
    const rows = readScoreCsv('\uFEFFcustomer_id,recency_days,frequency,monetary,r,f,m,segment,name\r\n"a ""b""",0,3,0.1,5,5,5,"Can\'t Lose Them","Ёж, Иван"\r\n');
    expect(rows).toEqual([{ customerId: 'a "b"', recencyDays: 0, frequency: 3, monetary: 10, r: 5, f: 5, m: 5, segment: "Can't Lose Them", name: 'Ёж, Иван' }]);
  });
});
