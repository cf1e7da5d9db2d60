import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../core/data/store.ts';
import type { CampaignTable } from '../../core/model/campaigns.ts';
import type { SchemeDef, SegmentDef } from '../../core/segments/segment.ts';
import { sampleDataset } from './sample-dataset.ts';

const open: Store[] = [];
const fresh = async (name: string): Promise<Store> => {
  const s = await openStore(name);
  open.push(s);
  return s;
};
afterEach(() => open.splice(0).forEach((s) => s.close()));

const segment = (id: string, updatedAt: number): SegmentDef => ({
  id, name: `Сегмент ${id}`, kind: 'dynamic', rule: { field: 'city', op: 'is', value: 'Москва' }, createdAt: 1, updatedAt,
});
const scheme: SchemeDef = { id: 'sch', name: 'Lifecycle', segmentIds: ['a', 'b'], createdAt: 1, updatedAt: 2 };

describe('segment state in the store', () => {
  it('gives back segments, schemes and snapshots (oldest first) in a fresh instance', async () => {
    const name = `seg-${crypto.randomUUID()}`;
    const writer = await fresh(name);
    await writer.saveSegmentChanges({ segments: [segment('a', 5), segment('b', 6)], schemes: [scheme] });
    await writer.saveSegmentChanges({ snapshots: [{ id: 's2', takenAt: 20 }] });
    await writer.saveSegmentChanges({ segments: [{ ...segment('a', 9), deleted: true }], snapshots: [{ id: 's1', takenAt: 10 }] });
    writer.close();
    const state = await (await fresh(name)).loadSegmentState();
    expect(state.segments).toEqual([{ ...segment('a', 9), deleted: true }, segment('b', 6)]);
    expect(state.schemes).toEqual([scheme]);
    expect(state.snapshots.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('never overwrites a snapshot: history is append-only', async () => {
    const store = await fresh(`seg-${crypto.randomUUID()}`);
    await store.saveSegmentChanges({ snapshots: [{ id: 's1', takenAt: 10 }] });
    await expect(store.saveSegmentChanges({ segments: [segment('x', 1)], snapshots: [{ id: 's1', takenAt: 11 }] })).rejects.toThrow();
    const state = await store.loadSegmentState();
    expect(state.snapshots).toEqual([{ id: 's1', takenAt: 10 }]);
    expect(state.segments).toEqual([]); // the segment of the failed change did not land either
  });

  it('saves the campaign results with the dataset and drops them when the dataset has none', async () => {
    const name = `seg-${crypto.randomUUID()}`;
    const ds = sampleDataset(5, 20, 3);
    const campaigns: CampaignTable = {
      length: 2, campaign: Int32Array.of(0, 1), names: ['Весна', 'Black Friday'], customer: Int32Array.of(1, 4),
      events: Uint8Array.of(1, 15), revenue: Float64Array.of(0, 125050), cost: Float64Array.of(150, 150), updatedAt: Float64Array.of(7, 8),
    };
    const writer = await fresh(name);
    await writer.saveAll({ ...ds, campaigns });
    expect((await (await fresh(name)).load())!.campaigns).toEqual(campaigns);
    await writer.saveAll(ds);
    expect((await (await fresh(name)).load())!.campaigns).toBeUndefined();
  });
});
