import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/engine/engine.ts';
import type { EngineApi } from '../../core/worker/engine-api.ts';
import { generatedDataset } from '../helpers/dataset-s.ts';
import { failPuts, quotaError } from '../data/idb-faults.ts';

const file = (dir: string, name: string) => new File([readFileSync(join(dir, name))], name);
let dbCount = 0;
const freshDb = () => `segments-engine-${process.pid}-${++dbCount}`;
const dir = () => generatedDataset('engine-small', ['--customers', '300', '--orders', '3000', '--seed', '5']);

/** customers.csv as records (the generator quotes only the one city with a comma). */
function customersCsv(): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(dir(), 'customers.csv'), 'utf8').trim().split('\n');
  const cols = head.split(',');
  return lines.map((line) => {
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    return Object.fromEntries(cols.map((c, i) => [c, cells[i]]));
  });
}

async function imported(dbName = freshDb()): Promise<EngineApi> {
  const engine = createEngine({ dbName });
  await engine.importFiles([file(dir(), 'customers.csv'), file(dir(), 'orders.csv')], { asOf: '2026-11-01' });
  return engine;
}

async function allRows(engine: EngineApi) {
  return (await engine.listCustomers({ offset: 0, limit: 10_000 })).rows;
}

describe('segments through the engine', () => {
  it('offer the field catalogue and templates, and a nested rule selects exactly who it describes', async () => {
    const engine = await imported();
    const fields = await engine.fields();
    expect(fields.length).toBeGreaterThanOrEqual(40);
    expect(fields.find((f) => f.id === 'city')).toMatchObject({ type: 'text', category: 'geographic', label: { en: 'City', ru: 'Город' } });
    expect((await engine.segmentTemplates()).map((t) => t.id)).toContain('tpl:one-time-buyers');

    const rule = { all: [{ field: 'orders', op: 'gte', value: 3 }, { any: [{ not: { field: 'consent', op: 'is_true' } }, { field: 'city', op: 'in_list', value: ['москва', 'Казань'] }] }] };
    const saved = await engine.saveSegment({ name: 'Regulars without consent or in two cities', kind: 'dynamic', rule: rule as never });
    const consent = new Map(customersCsv().map((c) => [c.customer_id, c]));
    const expected = (await allRows(engine)).filter((r) => {
      const c = consent.get(r.id)!;
      return r.frequency >= 3 && (c.marketing_consent !== 'true' || ['Москва', 'Казань'].includes(c.city));
    });
    expect(expected.length).toBeGreaterThan(10);
    expect(saved.size).toBe(expected.length);
    const members = await engine.segmentMembers(saved.segment.id, { offset: 0, limit: 1000 });
    expect(members.rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect((await engine.customerCard(expected[0].id))!.segments).toEqual([{ id: saved.segment.id, name: saved.segment.name }]);
    const outsider = (await allRows(engine)).find((r) => !expected.some((e) => e.id === r.id))!;
    expect((await engine.customerCard(outsider.id))!.segments).toEqual([]);
    const preview = await engine.previewRule(rule, 5);
    expect(preview).toMatchObject({ count: expected.length, problems: [] });
    expect(preview.sample).toHaveLength(5);
  });

  it('draw the RFM heat map from the scores, list a cell\'s customers, and filter the customer list by segment', async () => {
    const engine = await imported();
    const rows = await allRows(engine);
    const grid = await engine.rfmGrid();
    expect(grid.classes).toBe(5);
    const cells = grid.cells.flat();
    expect(cells.reduce((n, c) => n + c.customers, 0)).toBe(grid.scored);
    const busiest = cells.reduce((a, b) => (b.customers > a.customers ? b : a));
    const page = await engine.listCustomers({ offset: 0, limit: 1000, cell: { r: busiest.r, fm: busiest.fm } });
    expect(page.total).toBe(busiest.customers);
    expect(page.rows.every((row) => row.r === busiest.r && row.segment === busiest.segment)).toBe(true);
    const spend = page.rows.reduce((n, row) => n + row.monetary, 0);
    expect(busiest.avgMonetary).toBeCloseTo(spend / busiest.customers, 6);
    const seg = await engine.saveSegment({ name: 'Regulars', kind: 'dynamic', rule: { field: 'orders', op: 'gte', value: 5 } });
    const members = await engine.listCustomers({ offset: 0, limit: 1000, segmentId: seg.segment.id });
    expect(members.total).toBe(rows.filter((r) => r.frequency >= 5).length);
    const overall = await engine.overallMetrics();
    expect(overall).toMatchObject({ size: rows.length, buyers: grid.scored, revenue: rows.reduce((n, r) => n + r.monetary, 0) });
  });

  it('refuse a bad rule and a circle of segments, naming the problem, and save nothing', async () => {
    const engine = await imported();
    const bad = await engine.previewRule({ all: [{ field: 'age', op: 'contains', value: '3' }] });
    expect(bad.count).toBeUndefined();
    expect(bad.problems[0]).toMatchObject({ path: 'all[0]', field: 'age', code: 'operator_not_for_field' });
    await expect(engine.saveSegment({ name: 'Broken', kind: 'dynamic', rule: { field: 'nope', op: 'is', value: 'x' } as never }))
      .rejects.toMatchObject({ name: 'RuleError', problems: [{ code: 'unknown_field' }] });
    const a = await engine.saveSegment({ name: 'A', kind: 'dynamic', rule: { field: 'orders', op: 'gte', value: 1 } });
    const b = await engine.saveSegment({ name: 'B', kind: 'dynamic', rule: { field: 'segment', op: 'in', value: a.segment.id } });
    expect(b.size).toBe(a.size);
    await expect(engine.saveSegment({ id: a.segment.id, name: 'A', kind: 'dynamic', rule: { field: 'segment', op: 'not_in', value: b.segment.id } }))
      .rejects.toThrow(/“A” → “B” → “A” refer to each other in a circle/);
    expect((await engine.segments()).map((s) => s.segment.name).sort()).toEqual(['A', 'B']);
    expect((await engine.segments()).find((s) => s.segment.id === a.segment.id)!.segment.rule).toEqual({ field: 'orders', op: 'gte', value: 1 });
  });

  it('freeze a dynamic segment and edit the frozen members by email, phone or id', async () => {
    const engine = await imported();
    const rows = await allRows(engine);
    const dynamic = await engine.saveSegment({ name: 'Big spenders', kind: 'dynamic', rule: { field: 'totalSpent', op: 'gte', value: 5_000_000 } });
    const frozen = await engine.freezeSegment(dynamic.segment.id, 'Big spenders, frozen');
    expect(frozen).toMatchObject({ size: dynamic.size, segment: { kind: 'static', name: 'Big spenders, frozen' } });
    const outsider = rows.find((r) => r.monetary < 5_000_000 && r.email)!;
    const insider = (await engine.segmentMembers(frozen.segment.id, { offset: 0, limit: 1 })).rows[0];
    const change = await engine.changeMembers(frozen.segment.id, { add: [outsider.email!.toUpperCase(), 'nobody@example.com'], remove: [insider.id] });
    expect(change).toMatchObject({ added: 1, removed: 1, unmatched: ['nobody@example.com'], summary: { size: dynamic.size } });
    const ids = (await engine.segmentMembers(frozen.segment.id, { offset: 0, limit: 1000 })).rows.map((r) => r.id);
    expect(ids).toContain(outsider.id);
    expect(ids).not.toContain(insider.id);
    await expect(engine.changeMembers(dynamic.segment.id, { add: [outsider.id] })).rejects.toThrow(/dynamic segment/);
  });

  it('put every customer in exactly one segment of a scheme, first match first, and count overlaps outside it', async () => {
    const engine = await imported();
    const buyers = await engine.saveSegment({ name: 'Buyers', kind: 'dynamic', rule: { field: 'orders', op: 'gte', value: 1 } });
    const regulars = await engine.saveSegment({ name: 'Regulars', kind: 'dynamic', rule: { field: 'orders', op: 'gte', value: 5 } });
    const scheme = await engine.saveScheme({ name: 'Lifecycle', segmentIds: [regulars.segment.id, buyers.segment.id] });
    const live = (await engine.status()).customers;
    expect(scheme.counts).toEqual([regulars.size, buyers.size - regulars.size]);
    expect(scheme.counts[0] + scheme.counts[1] + scheme.everyoneElse).toBe(live);
    const consent = await engine.saveSegment({ name: 'Consent', kind: 'dynamic', rule: { field: 'consent', op: 'is_true' } });
    const overlap = await engine.overlap([consent.segment.id, regulars.segment.id]);
    const regularIds = new Set((await engine.segmentMembers(regulars.segment.id, { offset: 0, limit: 1000 })).rows.map((r) => r.id));
    const both = (await engine.segmentMembers(consent.segment.id, { offset: 0, limit: 1000 })).rows.filter((r) => regularIds.has(r.id)).length;
    expect(overlap.counts).toEqual([[consent.size, both], [both, regulars.size]]);
    expect((await engine.overlap()).segmentIds).toEqual([consent.segment.id]); // the others are in a scheme
    await engine.deleteSegment(buyers.segment.id);
    expect((await engine.schemes())[0].segmentIds).toEqual([regulars.segment.id]);
  });

  it('keep definitions and snapshots across a restart, and show who moved after the RFM settings changed', async () => {
    const dbName = freshDb();
    const engine = await imported(dbName);
    const seg = await engine.saveSegment({ name: 'Lapsed', kind: 'dynamic', rule: { field: 'daysSinceLastOrder', op: 'gt', value: 180 }, bounds: { max: 0.01, unit: 'share' } });
    expect(seg.bounds).toBe('above');
    const before = await engine.snapshots();
    expect(before.map((s) => s.reason)).toEqual(['import', 'rule-edit']);

    const again = createEngine({ dbName });
    expect((await again.segments()).map((s) => [s.segment.name, s.size])).toEqual([['Lapsed', seg.size]]);
    expect((await again.snapshots()).map((s) => s.id)).toEqual(before.map((s) => s.id)); // nothing moved: no new snapshot
    const settings = await again.settings();
    await again.updateSettings({ rfm: { ...settings.rfm, recency: { kind: 'thresholds', bounds: [30, 90, 180, 365] } } });
    const snaps = await again.snapshots();
    expect(snaps.at(-1)!.reason).toBe('settings');
    const m = await again.movement('rfm', snaps[0].id, snaps.at(-1)!.id);
    const total = m.counts.flat().reduce((a, b) => a + b, 0);
    expect(total).toBe((await again.status()).customers);
    const moved = total - m.counts.reduce((n, row, i) => n + (m.fromLabels[i] === m.toLabels[i] ? row[i] : 0), 0);
    expect(moved).toBeGreaterThan(0);
    // Someone who moved has the move, dated, in their history.
    const rows = await allRows(again);
    let found = false;
    for (const r of rows.slice(0, 80)) {
      const moves = await again.customerMoves(r.id);
      if (moves.some((x) => x.schemeId === 'rfm' && x.at === snaps.at(-1)!.takenAt && x.from !== x.to)) { found = true; break; }
    }
    expect(found).toBe(true);
    expect((await again.sizeHistory(seg.segment.id)).map((p) => p.flag)).toEqual(snaps.slice(1).map(() => 'above'));
  });

  it('report metrics, a CLV fit, a persona and a mailing export of a segment', async () => {
    const engine = await imported();
    const seg = await engine.saveSegment({ name: 'Buyers', kind: 'dynamic', rule: { field: 'orders', op: 'gte', value: 1 } });
    const rows = (await allRows(engine)).filter((r) => r.frequency >= 1);
    const [{ metrics }] = await engine.segmentMetrics([seg.segment.id]);
    expect(metrics).toMatchObject({ size: rows.length, buyers: rows.length, orders: rows.reduce((n, r) => n + r.frequency, 0), revenue: rows.reduce((n, r) => n + r.monetary, 0) });
    expect(metrics.predicted).toBeUndefined();
    const clv = await engine.fitClv();
    expect(clv).toMatchObject({ ok: true, buyers: rows.length });
    const [{ metrics: withClv }] = await engine.segmentMetrics([seg.segment.id]);
    expect(withClv.predicted!.avgPAlive).toBeGreaterThan(0);
    const persona = await engine.persona(seg.segment.id);
    expect(persona.size).toBe(rows.length);
    expect(persona.text.ru.name.length).toBeGreaterThan(0);
    const csv = await engine.exportSegment(seg.segment.id, { preset: 'mailchimp', bom: true });
    expect(csv.fileName).toBe('buyers-mailchimp.csv');
    expect(csv.text.startsWith('\uFEFFEmail Address,')).toBe(true);
    expect(csv.rows + csv.skippedNoContact).toBe(rows.length);
    expect(csv.text.trim().split('\n')).toHaveLength(csv.rows + 1);
  });

  it('keep a saved import when the snapshot after it cannot be written, and catch up on the next change', async () => {
    const dbName = freshDb();
    const engine = await imported(dbName);
    await engine.saveSegment({ name: 'Buyers', kind: 'dynamic', rule: { field: 'orders', op: 'gte', value: 1 } });
    const before = (await engine.snapshots()).length;
    const restore = failPuts('snapshots', quotaError);
    try {
      const summary = await engine.importFiles([file(dir(), 'orders.csv')], {});
      expect(summary.files[0].ordersDuplicate).toBe(3000);
    } finally {
      restore();
    }
    expect((await engine.snapshots()).length).toBe(before);
    expect((await engine.segments())[0].size).toBeGreaterThan(0);
    await engine.evaluateSegments();
    expect((await engine.snapshots()).length).toBe(before + 1);
  });
});
