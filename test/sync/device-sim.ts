import fc from 'fast-check';
import { orderRowAt } from '../../core/data/edits.ts';
import { emptyDataset, defaultSettings } from '../../core/engine/empty-dataset.ts';
import type { Customer } from '../../core/model/customer.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import type { SegmentDef } from '../../core/segments/segment.ts';
import { takeSnapshot } from '../../core/segments/take-snapshot.ts';
import { applyMerge } from '../../core/sync/apply-merge.ts';
import { planMerge, type LocalData } from '../../core/sync/plan-merge.ts';
import { readSync } from '../../core/sync/read-sync.ts';
import type { SyncContents } from '../../core/sync/sync-contents.ts';
import { tableOf, type PlainOrder } from '../data/arbitraries.ts';
import { exportBytes, streamOf } from './sync-helpers.ts';

/** One offline edit on one device; times are small so that equal times (ties) happen. */
export type Edit =
  | { op: 'customer'; device: number; id: number; city: string; at: number }
  | { op: 'delete-customer'; device: number; id: number; at: number }
  | { op: 'order'; device: number; orderId: number; customer: number; amount: number; at: number }
  | { op: 'segment'; device: number; id: number; name: string; at: number }
  | { op: 'delete-segment'; device: number; id: number; at: number }
  | { op: 'member'; device: number; segment: number; customer: number; in: boolean; at: number }
  | { op: 'snapshot'; device: number; at: number }
  | { op: 'scheme'; device: number; segments: number[]; at: number };

export function editArb(devices: number): fc.Arbitrary<Edit> {
  const device = fc.integer({ min: 0, max: devices - 1 });
  const at = fc.integer({ min: 1, max: 6 });
  const small = (n: number) => fc.integer({ min: 0, max: n });
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('customer' as const), device, id: small(3), city: fc.constantFrom('Москва', 'Казань', 'Пермь'), at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-customer' as const), device, id: small(3), at }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('order' as const), device, orderId: small(4), customer: small(3), amount: fc.integer({ min: -500, max: 50_000 }), at }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('segment' as const), device, id: small(2), name: fc.constantFrom('VIP', 'Новые', 'Test'), at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-segment' as const), device, id: small(2), at }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('member' as const), device, segment: small(2), customer: small(3), in: fc.boolean(), at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('snapshot' as const), device, at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('scheme' as const), device, segments: fc.array(small(2), { maxLength: 3 }), at }) },
  );
}

/** Each device's clock; the base is added so a device's own later edit is later in time. */
const T0 = 1_800_000_000_000;
let snapshotNo = 0;

export function freshDevice(n: number): LocalData {
  return { ds: emptyDataset({ ...defaultSettings(0), rfm: { ...defaultSettings(0).rfm, asOf: '2026-11-01' }, deviceId: `device-${n}` }), state: { segments: [], schemes: [], snapshots: [] } };
}

function customer(id: string, city: string, at: number): Customer {
  return { id, externalIds: [id], emails: [`${id}@example.ru`], phones: [], tags: [], attributes: {}, city, updatedAt: at };
}

function rows(ds: Dataset): PlainOrder[] {
  const t = ds.orders;
  return Array.from({ length: t.length }, (_, i) => {
    const r = orderRowAt(t, i);
    return { ...r, currency: t.currency[i], channel: t.channel[i], category: t.category[i] };
  });
}

/** The device after one edit (a new LocalData; the old one is left as it was). */
export function applyEdit(d: LocalData, e: Edit): LocalData {
  const at = T0 + e.at * 1000;
  const ds = d.ds;
  const customers = ds.customers.slice();
  const pos = (id: string) => customers.findIndex((c) => c.id === id);
  const upsertCustomer = (c: Customer) => { const i = pos(c.id); if (i >= 0) customers[i] = c; else customers.push(c); };
  switch (e.op) {
    case 'customer': {
      const id = `C${e.id}`;
      const old = customers[pos(id)];
      upsertCustomer({ ...(old ?? customer(id, e.city, at)), city: e.city, updatedAt: at, deleted: undefined });
      return { ...d, ds: { ...ds, customers } };
    }
    case 'delete-customer': {
      const i = pos(`C${e.id}`);
      if (i < 0) return d;
      customers[i] = { ...customers[i], deleted: true, updatedAt: at };
      return { ...d, ds: { ...ds, customers } };
    }
    case 'order': {
      const id = `C${e.customer}`;
      if (pos(id) < 0) upsertCustomer(customer(id, 'Москва', at));
      const rs = rows(ds);
      const row: PlainOrder = { orderId: `O${e.orderId}`, customer: pos(id), time: 1_780_000_000 + e.orderId * 86400, amount: e.amount, counted: 1, items: 1, currency: 0, channel: 0, category: 0, updatedAt: at };
      const k = rs.findIndex((r) => r.orderId === row.orderId);
      if (k >= 0) rs[k] = row; else rs.push(row);
      return { ...d, ds: { ...ds, customers, orders: tableOf(rs, ds.orders.dict) } };
    }
    case 'segment': case 'delete-segment': case 'member': {
      const segId = `S${e.op === 'member' ? e.segment : e.id}`;
      const old = d.state.segments.find((s) => s.id === segId);
      const base: SegmentDef = old ?? { id: segId, name: segId, kind: 'static', members: {}, createdAt: at, updatedAt: at };
      const next: SegmentDef = e.op === 'segment' ? { ...base, name: e.name, updatedAt: at }
        : e.op === 'delete-segment' ? { ...base, deleted: true, updatedAt: at }
        : { ...base, members: { ...base.members, [`C${e.customer}`]: { in: e.in, at } }, updatedAt: Math.max(base.updatedAt, at) };
      const segments = old ? d.state.segments.map((s) => (s === old ? next : s)) : [...d.state.segments, next];
      return { ...d, state: { ...d.state, segments } };
    }
    case 'scheme': {
      const old = d.state.schemes.find((s) => s.id === 'K');
      const next = { id: 'K', name: 'Scheme', segmentIds: e.segments.map((s) => `S${s}`), createdAt: old?.createdAt ?? at, updatedAt: at };
      return { ...d, state: { ...d.state, schemes: old ? [next] : [...d.state.schemes, next] } };
    }
    case 'snapshot': {
      const n = customers.length;
      const codes = Int16Array.from({ length: n }, (_, i) => (customers[i].deleted ? -2 : (i + e.at) % 3 - 1));
      const snap = takeSnapshot(d.state.snapshots, [{ schemeId: 'rfm', labels: ['Champions', 'Lost'], codes }], {}, {
        reason: 'manual', liveCount: customers.filter((c) => !c.deleted).length, takenAt: at, id: `snap-${e.device}-${snapshotNo++}`,
      });
      return { ...d, state: { ...d.state, snapshots: [...d.state.snapshots, snap] } };
    }
  }
}

export async function fileOf(d: LocalData): Promise<SyncContents> {
  return readSync(streamOf(await exportBytes(d.ds, d.state, { deviceId: d.ds.settings.deviceId })));
}

export function merge(d: LocalData, file: SyncContents): LocalData {
  const r = applyMerge(d, planMerge(d, file));
  return { ds: r.ds, state: r.state, extras: r.extras };
}
