import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../core/data/store.ts';
import { createEngine } from '../../../core/engine/engine.ts';
import type { Dataset } from '../../../core/model/dataset.ts';
import type { EngineApi } from '../../../core/worker/engine-api.ts';
import { buildLookupSnapshot, buildNameSnapshot } from '../../../extension/lookup/build-snapshot.ts';
import type { MoveSnapshot, NameSnapshot } from '../../../extension/lookup/snapshot-format.ts';
import { buildMoveSnapshot } from '../../../extension/lookup/build-moves.ts';
import type { SnapshotRecord } from '../../../core/segments/snapshot.ts';
import { segmentMembership } from '../../../extension/lookup/segment-membership.ts';
import { SnapshotIndex } from '../../../extension/lookup/snapshot-index.ts';
import { generatedDataset } from '../../helpers/dataset-s.ts';

const file = (dir: string, name: string) => new File([readFileSync(join(dir, name))], name);
const dbName = `snapshot-index-${process.pid}`;

let engine: EngineApi;
let ds: Dataset;
let index: SnapshotIndex;
let names: NameSnapshot;
let moves: MoveSnapshot;

beforeAll(async () => {
  engine = createEngine({ dbName });
  const dir = generatedDataset('engine-small', ['--customers', '300', '--orders', '3000', '--seed', '5']);
  await engine.importFiles([file(dir, 'customers.csv'), file(dir, 'orders.csv')], { asOf: '2026-11-01' });
  const [template] = await engine.segmentTemplates();
  await engine.createFromTemplate(template.id);
  const store = await openStore(dbName);
  ds = (await store.load())!;
  const segmentState = await store.loadSegmentState<SnapshotRecord>();
  store.close();
  moves = structuredClone(buildMoveSnapshot(segmentState, ds.customers.length, 1));
  // As the service worker gets it: through IndexedDB's structured clone.
  index = new SnapshotIndex(structuredClone(buildLookupSnapshot(ds, await segmentMembership(engine), 1)));
  names = structuredClone(buildNameSnapshot(ds, 1));
});

describe('the look-up snapshot index', () => {
  it('gives every customer the badge the engine shows for them: name, RFM segment and r-f-m code', async () => {
    for (let i = 0; i < ds.customers.length; i++) {
      const c = ds.customers[i];
      const [row] = await engine.lookup(c.id);
      const badge = index.badge(index.find({ ids: [c.id] }));
      expect(badge).toMatchObject({ customerId: c.id, name: row.name });
      expect(badge.segment).toBe(row.segment);
      expect(badge.rfmCode).toBe(row.segment === undefined ? undefined : `${row.r}-${row.f}-${row.m}`);
      expect(badge.color).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('finds a customer by any of their emails, phones (as a CRM writes them) or ids', () => {
    const live = ds.customers.map((c, i) => ({ c, i })).filter(({ c }) => !c.deleted);
    fc.assert(
      fc.property(fc.constantFrom(...live), fc.nat(), ({ c, i }, pick) => {
        if (c.emails.length) expect(index.find({ emails: [c.emails[pick % c.emails.length].toUpperCase()] })).toBe(i);
        if (c.phones.length) {
          // +79161234567 written as 8 (916) 123-45-67, as Russian CRMs show it.
          const p = c.phones[pick % c.phones.length];
          const written = p.startsWith('+7') ? `8 (${p.slice(2, 5)}) ${p.slice(5, 8)}-${p.slice(8, 10)}-${p.slice(10)}` : p;
          expect(index.find({ phones: [written] })).toBe(i);
        }
        expect(index.find({ ids: ['nobody'], emails: ['nobody@example.com'], phones: [c.id] })).toBe(-1);
        expect(index.byId(c.id)).toBe(i);
      }),
    );
  });

  it('builds each card from the same data as the engine\'s card: scores, explanation, last order, average order, segments, moves', async () => {
    let withMoves = 0;
    for (const c of ds.customers) {
      const engineCard = (await engine.customerCard(c.id))!;
      const card = index.card(index.byId(c.id), moves);
      expect(card.frequency).toBe(engineCard.row.frequency);
      expect(card.monetary).toBe(engineCard.row.monetary);
      expect(card.recencyDays).toBe(engineCard.row.recencyDays);
      expect([card.r, card.f, card.m]).toEqual([engineCard.row.r, engineCard.row.f, engineCard.row.m]);
      expect(card.explanation).toEqual(engineCard.explanation?.dimensions.map((d) => d.sentence) ?? []);
      expect(card.segments.map((s) => s.name)).toEqual(engineCard.segments.map((s) => s.name));
      const counted = engineCard.orders.filter((o) => o.counted);
      expect(card.lastOrder).toEqual(counted.length ? { time: counted[0].time, amount: counted[0].amount } : undefined);
      const engineMoves = (await engine.customerMoves(c.id)).reverse().slice(0, 5)
        .map((m) => ({ at: m.at, scheme: m.schemeName, ...(m.from !== undefined ? { from: m.from } : {}), ...(m.to !== undefined ? { to: m.to } : {}) }));
      expect(card.moves).toEqual(engineMoves);
      if (card.moves.length) withMoves++;
      expect(card.aov).toBe(engineCard.row.frequency > 0 ? Math.round(engineCard.row.monetary / engineCard.row.frequency) : undefined);
    }
    expect(withMoves).toBeGreaterThan(0);
  });

  it('puts a customer in the user\'s segment exactly when the engine lists them as a member', async () => {
    const [summary] = await engine.segments();
    const members = new Set((await engine.segmentMembers(summary.segment.id, { offset: 0, limit: 10_000 })).rows.map((r) => r.id));
    expect(members.size).toBeGreaterThan(0);
    for (const c of ds.customers) {
      expect(index.badge(index.byId(c.id)).segments.some((s) => s.name === summary.segment.name)).toBe(members.has(c.id));
    }
  });

  it('searches by exact email or id first, then by the start of a first or last name', () => {
    const c = ds.customers.find((x) => x.firstName && x.lastName && x.emails.length)!;
    expect(index.search(c.emails[0], 10)).toEqual([index.byId(c.id)]);
    expect(index.search(` ${c.id} `, 10)).toEqual([index.byId(c.id)]);
    const plain = (s = '') => s.toLowerCase().replace(/ё/g, 'е');
    const prefix = plain(c.lastName).slice(0, 3);
    const found = index.search(prefix.toUpperCase(), 50, names).map((i) => ds.customers[i]);
    expect(index.search(prefix, 50)).toEqual([]); // names not read yet: identifiers only
    expect(found.map((x) => x.id)).toContain(c.id);
    expect(found.every((x) => plain(x.lastName).startsWith(prefix) || plain(x.firstName).startsWith(prefix))).toBe(true);
    expect(index.search('q', 10)).toEqual([]);
  });
});
