import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../../core/engine/empty-dataset.ts';
import { applyMerge } from '../../core/sync/apply-merge.ts';
import { planMerge } from '../../core/sync/plan-merge.ts';
import { readSync } from '../../core/sync/read-sync.ts';
import { SYNC_MAJOR } from '../../core/sync/sync-format.ts';
import { lineUpgrade } from '../../core/sync/sync-version.ts';
import { canonical, exportBytes, streamOf, syncFixture } from './sync-helpers.ts';

/**
 * Sync files as each major version wrote them (test/sync/fixtures/sync-v<N>.segmenta) must import with
 * today's code into sync-v<N>.canonical.json (content by id). Fixtures are frozen: written once, when
 * version N ships (WRITE_SYNC_FIXTURE=1), never regenerated; a v2 format adds UPGRADES[1] and this
 * test then reads the v1 file through it.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const majors = readdirSync(FIXTURES).map((f) => /^sync-v(\d+)\.segmenta$/.exec(f)?.[1]).filter((v): v is string => !!v).map(Number).sort((a, b) => a - b);

describe('sync files written by every format version', () => {
  it.runIf(process.env.WRITE_SYNC_FIXTURE)(`write the fixture for version ${SYNC_MAJOR}`, async () => {
    const file = join(FIXTURES, `sync-v${SYNC_MAJOR}.segmenta`);
    if (existsSync(file)) throw new Error(`${file} exists; fixtures are frozen once written`);
    const { ds, state } = syncFixture();
    writeFileSync(file, await exportBytes(ds, state, { chunkRows: 100, appVersion: 'fixture', deviceId: 'fixture-device' }));
    writeFileSync(join(FIXTURES, `sync-v${SYNC_MAJOR}.canonical.json`), JSON.stringify(canonical(ds, state), null, 1));
  });

  for (const major of majors) {
    it(`imports a version ${major} file with today's code, upgraded where needed`, async () => {
      const incoming = await readSync(streamOf(new Uint8Array(readFileSync(join(FIXTURES, `sync-v${major}.segmenta`)))));
      expect(incoming.fileVersion.split('.')[0]).toBe(String(major));
      const local = { ds: emptyDataset(), state: { segments: [], schemes: [], snapshots: [] } };
      local.ds.settings.updatedAt = 0;
      const r = applyMerge(local, planMerge(local, incoming));
      const expected = JSON.parse(readFileSync(join(FIXTURES, `sync-v${major}.canonical.json`), 'utf8'));
      expect(JSON.parse(JSON.stringify(canonical(r.ds, r.state)))).toEqual(expected);
    });
  }

  it('exist for every major version up to the current one', () => {
    expect(majors).toEqual(Array.from({ length: SYNC_MAJOR }, (_, i) => i + 1));
  });
});

describe('the upgrade chain', () => {
  const steps = {
    1: (l: Record<string, unknown>) => ({ ...l, v2: true }),
    2: (l: Record<string, unknown>) => ({ ...l, v3: true }),
  };

  it('runs every step from the file’s major to the current one, in order', () => {
    const up = lineUpgrade({ major: 1, minor: 4 }, '1.4', steps, 3)!;
    expect(up({ k: 'customers' })).toEqual({ k: 'customers', v2: true, v3: true });
    expect(lineUpgrade({ major: 2, minor: 0 }, '2.0', steps, 3)!({})).toEqual({ v3: true });
    expect(lineUpgrade({ major: 3, minor: 9 }, '3.9', steps, 3)).toBeUndefined();
  });

  it('refuses a version it has no step for, and a newer major', () => {
    expect(() => lineUpgrade({ major: 1, minor: 0 }, '1.0', { 2: steps[2] }, 3)).toThrow(/can no longer be read/);
    expect(() => lineUpgrade({ major: 4, minor: 0 }, '4.0', steps, 3)).toThrow(/Update the app/);
  });
});
