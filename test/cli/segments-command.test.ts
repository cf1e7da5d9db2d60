import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/main.ts';
import { createEngine } from '../../core/engine/engine.ts';
import { generatedDataset } from '../helpers/dataset-s.ts';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'segmenta-cli-segments-'));
const rulesFile = (rules: unknown): string => {
  const path = join(tmp, `rules-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(rules));
  return path;
};
const data = () => generatedDataset('engine-small', ['--customers', '300', '--orders', '3000', '--seed', '5']);

const RULES = {
  segments: [
    { id: 'regulars', name: 'Regulars', rule: { field: 'orders', op: 'gte', value: 5 } },
    { id: 'buyers', name: 'Buyers', rule: { field: 'orders', op: 'gte', value: 1 } },
    { id: 'kazan', name: 'Казань', rule: { all: [{ field: 'city', op: 'is', value: 'казань' }, { field: 'segment', op: 'in', value: 'buyers' }] } },
    { name: 'VIP list', members: ['C0000001', 'nobody@example.com'] },
  ],
  schemes: [{ name: 'Lifecycle', segments: ['regulars', 'Buyers'] }],
};

describe('segmenta segments evaluate', () => {
  it('prints each customer with its segment per scheme and every segment it is in, as the app evaluates them', async () => {
    const dir = data();
    const { code, stdout, stderr } = await cli('segments', 'evaluate', '--rules', rulesFile(RULES),
      join(dir, 'customers.csv'), join(dir, 'orders.csv'), '--as-of', '2026-11-01');
    expect(code).toBe(0);
    const [header, ...lines] = stdout.trim().split('\n');
    expect(header).toBe('customer_id,Lifecycle,segments');
    expect(lines).toHaveLength(300);
    const byId = new Map(lines.map((l) => { const [id, scheme, segs] = l.split(','); return [id, { scheme, segs: segs ? segs.split('|') : [] }]; }));
    expect(byId.get('C0000001')!.segs).toContain('VIP list');

    // The same definitions through the engine give the same members.
    const engine = createEngine({ dbName: `cli-segments-${Math.random()}` });
    await engine.importFiles([new File([readFileSync(join(dir, 'customers.csv'))], 'customers.csv'), new File([readFileSync(join(dir, 'orders.csv'))], 'orders.csv')], { asOf: '2026-11-01' });
    const regulars = await engine.saveSegment({ name: 'Regulars', kind: 'dynamic', rule: RULES.segments[0].rule as never });
    const buyers = await engine.saveSegment({ name: 'Buyers', kind: 'dynamic', rule: RULES.segments[1].rule as never });
    const ids = async (id: string) => new Set((await engine.segmentMembers(id, { offset: 0, limit: 1000 })).rows.map((r) => r.id));
    const regularIds = await ids(regulars.segment.id);
    const buyerIds = await ids(buyers.segment.id);
    for (const [id, row] of byId) {
      expect(row.scheme, id).toBe(regularIds.has(id) ? 'Regulars' : buyerIds.has(id) ? 'Buyers' : '');
      expect(row.segs.includes('Buyers'), id).toBe(buyerIds.has(id));
    }
    expect(stderr).toContain(`Regulars: ${regularIds.size} (`);
    expect(stderr).toContain('VIP list: 1 (0.3 %) — 1 listed members not found');
    expect(stderr).toMatch(/scheme Lifecycle: Regulars \d+, Buyers \d+, everyone else \d+/);
  });

  it('writes JSON with sizes and flags when asked', async () => {
    const dir = data();
    const out = join(tmp, 'members.json');
    const { code } = await cli('segments', 'evaluate', '--rules', rulesFile(RULES), join(dir, 'customers.csv'), join(dir, 'orders.csv'),
      '--as-of', '2026-11-01', '--format', 'json', '--out', out);
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json).toMatchObject({ type: 'segmenta/membership', version: 1, asOf: '2026-11-01' });
    expect(json.segments.find((s: { id: string }) => s.id === 'vip-list')).toMatchObject({ size: 1, unmatchedMembers: 1 });
    expect(json.members).toHaveLength(300);
  });

  it('exits 1 naming the segment and the node of a rule that cannot be evaluated', async () => {
    const dir = data();
    const bad = rulesFile({ segments: [{ name: 'Bad', rule: { any: [{ field: 'orders', op: 'gte', value: 1 }, { field: 'city', op: 'between', value: [1, 2] }] } }] });
    const { code, stdout, stderr } = await cli('segments', 'evaluate', '--rules', bad, join(dir, 'customers.csv'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/segment "Bad" at any\[1\]: .*City/);
  });

  it('exits 1 for a rules file that is not valid, and 2 for bad usage', async () => {
    const dir = data();
    const broken = rulesFile({ segments: [{ rule: {} }] });
    expect(await cli('segments', 'evaluate', '--rules', broken, join(dir, 'customers.csv'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/segments\[0\]\.name: required/) });
    expect(await cli('segments', 'evaluate', join(dir, 'customers.csv'))).toMatchObject({ code: 2, stderr: expect.stringMatching(/needs --rules/) });
    expect(await cli('segments', 'list')).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown segments subcommand "list"/) });
    expect(await cli('segments', 'evaluate', '--rules', broken, join(dir, 'nope.csv'))).toMatchObject({ code: 1 });
  });
});
