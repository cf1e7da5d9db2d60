import type { Customer } from '../../core/model/customer.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { orderRowAt } from '../../core/data/edits.ts';
import type { OrderRow } from '../../core/data/records.ts';
import { sampleDataset, sampleImport } from './sample-dataset.ts';
import type { SegmentState } from '../../core/data/segment-state.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';
import { takeSnapshot } from '../../core/segments/take-snapshot.ts';

/**
 * What the upgrade fixtures were written from: a small dataset with the awkward cases, then the
 * edits that were saved on top of it. Only used to (re)generate a fixture for a new version; the
 * frozen JSON files, not this code, are what the upgrade tests read.
 */
export function fixtureDataset(): {
  ds: Dataset; customerEdits: [number, Customer][]; orderEdits: [number, OrderRow][]; segmentState: SegmentState<SnapshotRecord>;
} {
  const ds = sampleDataset(40, 300, 42);
  ds.customers[0] = {
    ...ds.customers[0],
    firstName: '',
    lastName: 'О\u0000Брайен 😀',
    externalIds: ['crm-1', 'shop;2'],
    attributes: { 'Любимый цвет': 'зелёный', '': 'empty header' },
    tags: ['a|b', ''],
  };
  ds.orders.orderId[7] = '#1007';
  ds.orders.amount[8] = 2 ** 33;
  ds.orders.amount[9] = -1250;
  ds.imports = [sampleImport('import-1', 1_790_000_000_000, 4)];
  const renamed: Customer = { ...ds.customers[5], lastName: 'Новикова', updatedAt: 1_790_000_100_000 };
  const added: Customer = { id: 'email:new@пример.рф', externalIds: [], emails: ['new@пример.рф'], phones: [], tags: [], attributes: {}, updatedAt: 1_790_000_200_000 };
  const refunded: OrderRow = { ...orderRowAt(ds.orders, 20), counted: 0, updatedAt: 1_790_000_300_000 };
  const phoned: OrderRow = { ...orderRowAt(ds.orders, 0), orderId: 'T-1', customer: 40, channel: 'phone', updatedAt: 1_790_000_400_000 };
  // Schema v2: campaign results, segments, schemes and snapshots (a keyframe, then a delta on it).
  ds.campaigns = {
    length: 3, campaign: Int32Array.of(0, 0, 1), names: ['Весна', 'Black Friday'], customer: Int32Array.of(0, 3, 3),
    events: Uint8Array.of(1, 15, 3), revenue: Float64Array.of(0, 125050, 0), cost: Float64Array.of(150, 150, 90),
    updatedAt: Float64Array.of(1_790_000_500_000, 1_790_000_500_000, 1_790_000_600_000),
  };
  const segmentState: SegmentState<SnapshotRecord> = {
    segments: [
      { id: 'seg-kazan', name: 'Казань', kind: 'dynamic', rule: { all: [{ field: 'city', op: 'is', value: 'Казань' }, { not: { field: 'orders', op: 'lt', value: 2 } }] },
        bounds: { min: 0.05, unit: 'share' }, persona: { name: 'Казанцы' }, createdAt: 1_790_000_700_000, updatedAt: 1_790_000_700_000 },
      { id: 'seg-test', name: 'Test group', kind: 'static', members: { [ds.customers[1].id]: { in: true, at: 1_790_000_710_000 }, [ds.customers[2].id]: { in: false, at: 1_790_000_720_000 } },
        createdAt: 1_790_000_710_000, updatedAt: 1_790_000_720_000 },
      { id: 'seg-old', name: 'Old', kind: 'dynamic', rule: { field: 'oneTimeBuyer', op: 'is_true' }, createdAt: 1_790_000_700_000, updatedAt: 1_790_000_730_000, deleted: true },
    ],
    schemes: [{ id: 'sch-1', name: 'Город', segmentIds: ['seg-kazan', 'seg-test'], createdAt: 1_790_000_700_000, updatedAt: 1_790_000_700_000 }],
    snapshots: [],
  };
  const codes = (n: number, f: (i: number) => number) => Int16Array.from({ length: n }, (_, i) => f(i));
  const first = takeSnapshot([], [
    { schemeId: 'sch-1', labels: ['seg-kazan', 'seg-test'], codes: codes(41, (i) => (i % 5 === 0 ? 0 : i === 1 ? 1 : -1)) },
    { schemeId: 'rfm', labels: ['Champions', 'Lost'], codes: codes(41, (i) => (i % 3) - 1) },
  ], { 'seg-kazan': 9, 'seg-test': 1 }, { reason: 'import', liveCount: 41, takenAt: 1_790_000_800_000, id: 'snap-1' });
  const second = takeSnapshot([first], [
    { schemeId: 'sch-1', labels: ['seg-kazan', 'seg-test'], codes: codes(41, (i) => (i % 5 === 0 && i !== 10 ? 0 : i === 1 ? 1 : -1)) },
    { schemeId: 'rfm', labels: ['Champions', 'Lost'], codes: codes(41, (i) => (i === 7 ? 0 : (i % 3) - 1)) },
  ], { 'seg-kazan': 8, 'seg-test': 1 }, { reason: 'rule-edit', liveCount: 41, takenAt: 1_790_000_900_000, id: 'snap-2' });
  segmentState.snapshots.push(first, second);
  return { ds, customerEdits: [[5, renamed], [40, added]], orderEdits: [[20, refunded], [300, phoned]], segmentState };
}
