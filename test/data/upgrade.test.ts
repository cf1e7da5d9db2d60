import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SegmentaDb } from '../../core/data/db.ts';
import { SCHEMA_VERSIONS } from '../../core/data/schema.ts';
import { openStore } from '../../core/data/store.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { fixtureDataset } from './fixture-dataset.ts';
import { fromTypedJson, toTypedJson } from './typed-json.ts';
import { withBlobBytes, withBlobs } from './blob-json.ts';

/**
 * Databases as each schema version left them (test/data/fixtures/db-v<N>.json: every table's
 * records) must open with today's code and load as dataset-v<N>.json. Fixtures are frozen: they
 * are written once, when version N ships (WRITE_DB_FIXTURE=1), and never regenerated.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const declared = SCHEMA_VERSIONS.map((v) => v.version);
const latest = Math.max(...declared);
const fixtureVersions = readdirSync(FIXTURES)
  .map((f) => /^db-v(\d+)\.json$/.exec(f)?.[1])
  .filter((v): v is string => v !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

type TableDump = Record<string, unknown[]>;
const upgradesRun = new Set<number>();

async function buildAt(version: number, name: string, tables: TableDump): Promise<void> {
  const db = new SegmentaDb(name, { versions: SCHEMA_VERSIONS.filter((v) => v.version <= version) });
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, records] of Object.entries(tables)) await db.table(table).bulkAdd(records);
  });
  db.close();
}

describe('databases written by every schema version', () => {
  it.runIf(process.env.WRITE_DB_FIXTURE)(`write the fixture for version ${latest}`, async () => {
    const file = join(FIXTURES, `db-v${latest}.json`);
    if (existsSync(file)) throw new Error(`${file} exists; fixtures are frozen once written`);
    const { ds, customerEdits, orderEdits, segmentState } = fixtureDataset();
    const store = await openStore(`fixture-${latest}`, { chunkSizes: { orders: 128, customers: 16, scores: 16 } });
    await store.saveAll({ ...ds, imports: [] }, ds.imports[0]);
    for (const [i, c] of customerEdits) await store.putCustomerEdit(i, c);
    for (const [i, o] of orderEdits) await store.putOrderEdit(i, o);
    for (const snapshot of segmentState.snapshots) await store.saveSegmentChanges({ snapshots: [snapshot] });
    await store.saveSegmentChanges({ segments: segmentState.segments, schemes: segmentState.schemes });
    const tables: TableDump = {};
    for (const t of store.db.tables) tables[t.name] = await t.toArray();
    const loaded = await store.load();
    const segments = await store.loadSegmentState();
    store.close();
    writeFileSync(file, toTypedJson({ version: latest, tables: await withBlobBytes(tables) }));
    writeFileSync(join(FIXTURES, `dataset-v${latest}.json`), toTypedJson(loaded));
    writeFileSync(join(FIXTURES, `segments-v${latest}.json`), toTypedJson(segments));
  });

  for (const version of fixtureVersions) {
    it(`open and load a version ${version} database with today's code`, async () => {
      const { tables } = fromTypedJson<{ tables: TableDump }>(readFileSync(join(FIXTURES, `db-v${version}.json`), 'utf8'));
      const expected = fromTypedJson<Dataset>(readFileSync(join(FIXTURES, `dataset-v${version}.json`), 'utf8'));
      const name = `upgrade-v${version}-${crypto.randomUUID()}`;
      await buildAt(version, name, withBlobs(tables));
      const store = await openStore(name, { onUpgrade: (v) => upgradesRun.add(v) });
      expect(store.db.backendDB().version).toBe(latest * 10);
      const early = (await store.loadScoresFirst())!;
      expect(early.index.ids).toEqual(expected.customers.map((c) => c.id));
      expect(await early.full).toEqual(expected);
      const segments = join(FIXTURES, `segments-v${version}.json`);
      const expectedSegments = existsSync(segments) ? fromTypedJson(readFileSync(segments, 'utf8')) : { segments: [], schemes: [], snapshots: [] };
      expect(await store.loadSegmentState()).toEqual(expectedSegments);
      store.close();
    });
  }

  it('exist for every declared schema version', () => {
    expect(fixtureVersions).toEqual(declared);
  });

  it('are declared in increasing order, starting at 1', () => {
    expect(declared[0]).toBe(1);
    expect(declared).toEqual([...declared].sort((a, b) => a - b));
    expect(new Set(declared).size).toBe(declared.length);
  });

  afterAll(() => {
    // Guard: every upgrade step ran against some older fixture in the tests above.
    const withUpgrade = SCHEMA_VERSIONS.filter((v) => v.upgrade).map((v) => v.version);
    const never = withUpgrade.filter((v) => !upgradesRun.has(v));
    if (never.length) throw new Error(`Upgrade step(s) ${never.join(', ')} never ran: add an older fixture that needs them`);
  });
});
