import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SegmentaDb } from '../../core/data/db.ts';
import type { MetaRecord } from '../../core/data/records.ts';
import { SCHEMA_VERSIONS, STORAGE_FORMAT } from '../../core/data/schema.ts';
import { openStore } from '../../core/data/store.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { fixtureDataset } from './fixture-dataset.ts';
import { withBlobBytes, withBlobs, type Tables } from './blob-json.ts';
import { fromTypedJson, toTypedJson } from './typed-json.ts';

/** The frozen database of schema version 1, written by storage format 1 (typed arrays in the records). */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const v1 = fromTypedJson<{ tables: Record<string, unknown[]> }>(readFileSync(join(FIXTURES, 'db-v1.json'), 'utf8'));
const v1Dataset = fromTypedJson<Dataset>(readFileSync(join(FIXTURES, 'dataset-v1.json'), 'utf8'));

async function restore(name: string, tables: Record<string, unknown[]>, schemaVersion = 1): Promise<void> {
  const db = new SegmentaDb(name, { versions: SCHEMA_VERSIONS.filter((v) => v.version <= schemaVersion) });
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, records] of Object.entries(tables)) await db.table(table).bulkAdd(records);
  });
  db.close();
}


const formatFixtures = readdirSync(FIXTURES)
  .map((f) => /^format-(\d+)\.json$/.exec(f)?.[1])
  .filter((v): v is string => v !== undefined)
  .map(Number);

const formats = async (db: SegmentaDb) => (await db.meta.toArray()).map((m: MetaRecord) => [m.key, m.format]);

describe('storage formats', () => {
  it('are a format 1 database in the fixture (the test below would prove nothing otherwise)', () => {
    expect(v1.tables.meta.map((m) => (m as MetaRecord).format)).toEqual([1, 1]);
    expect(STORAGE_FORMAT).toBeGreaterThan(1);
  });

  it('load data saved in format 1, and the next full save rewrites every chunk in the current format', async () => {
    const name = `format-${crypto.randomUUID()}`;
    await restore(name, v1.tables);
    const store = await openStore(name);
    const early = (await store.loadScoresFirst())!;
    const loaded = await early.full;
    expect(loaded).toEqual(v1Dataset);
    // The fixture's scores predate its edits: stale, so the full dataset has none; saved apart here.
    await store.saveAll(loaded);
    await store.saveScores(early.scores!);
    expect(await formats(store.db)).toEqual([['dataset', STORAGE_FORMAT], ['scores', STORAGE_FORMAT]]);
    for (const table of [store.db.orderChunks, store.db.customerKeyChunks, store.db.customerChunks, store.db.scoreChunks]) {
      const records = await table.toArray();
      expect(records.length).toBeGreaterThan(0);
      expect(records.every((r) => 'data' in r && r.data instanceof Blob)).toBe(true);
    }
    store.close();
    const again = await openStore(name);
    const reloaded = (await again.loadScoresFirst())!;
    expect(reloaded.scores).toEqual(early.scores);
    expect(await reloaded.full).toEqual(v1Dataset);
    again.close();
  });

  // Frozen like the schema fixtures: written once when a format ships (WRITE_FORMAT_FIXTURE=1),
  // never regenerated; every later format must still read them.
  it.runIf(process.env.WRITE_FORMAT_FIXTURE)(`write the fixture for storage format ${STORAGE_FORMAT}`, async () => {
    const file = join(FIXTURES, `format-${STORAGE_FORMAT}.json`);
    if (existsSync(file)) throw new Error(`${file} exists; fixtures are frozen once written`);
    const { ds, customerEdits, orderEdits } = fixtureDataset();
    const store = await openStore(`format-fixture-${STORAGE_FORMAT}`, { chunkSizes: { orders: 128, customers: 16, scores: 16 } });
    await store.saveAll({ ...ds, imports: [] }, ds.imports[0]);
    for (const [i, c] of customerEdits) await store.putCustomerEdit(i, c);
    for (const [i, o] of orderEdits) await store.putOrderEdit(i, o);
    const tables: Tables = {};
    for (const t of store.db.tables) tables[t.name] = await t.toArray();
    const early = (await store.loadScoresFirst())!;
    const loaded = { scores: early.scores, dataset: await early.full };
    store.close();
    const schemaVersion = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));
    writeFileSync(file, toTypedJson({ format: STORAGE_FORMAT, schemaVersion, tables: await withBlobBytes(tables), loaded }));
  });

  for (const format of formatFixtures) {
    it(`load storage format ${format} as it was saved`, async () => {
      const fixture = fromTypedJson<{ schemaVersion: number; tables: Tables; loaded: { scores: unknown; dataset: Dataset } }>(
        readFileSync(join(FIXTURES, `format-${format}.json`), 'utf8'),
      );
      const name = `format-${format}-${crypto.randomUUID()}`;
      await restore(name, withBlobs(fixture.tables), fixture.schemaVersion);
      const store = await openStore(name);
      const early = (await store.loadScoresFirst())!;
      expect(early.scores).toEqual(fixture.loaded.scores);
      expect(await early.full).toEqual(fixture.loaded.dataset);
      store.close();
    });
  }

  it('have a frozen fixture for every format since the first (format 1 is db-v1.json)', () => {
    expect(formatFixtures.sort((a, b) => a - b)).toEqual(Array.from({ length: STORAGE_FORMAT - 1 }, (_, i) => i + 2));
  });
});
