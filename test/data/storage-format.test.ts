import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SegmentaDb } from '../../core/data/db.ts';
import type { MetaRecord } from '../../core/data/records.ts';
import { SCHEMA_VERSIONS, STORAGE_FORMAT } from '../../core/data/schema.ts';
import { openStore } from '../../core/data/store.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { fromTypedJson } from './typed-json.ts';

/** The frozen database of schema version 1, written by storage format 1 (typed arrays in the records). */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const v1 = fromTypedJson<{ tables: Record<string, unknown[]> }>(readFileSync(join(FIXTURES, 'db-v1.json'), 'utf8'));
const v1Dataset = fromTypedJson<Dataset>(readFileSync(join(FIXTURES, 'dataset-v1.json'), 'utf8'));

async function restore(name: string, tables: Record<string, unknown[]>): Promise<void> {
  const db = new SegmentaDb(name, { versions: SCHEMA_VERSIONS.filter((v) => v.version === 1) });
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, records] of Object.entries(tables)) await db.table(table).bulkAdd(records);
  });
  db.close();
}

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
});
