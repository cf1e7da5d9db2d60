import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../../core/engine/empty-dataset.ts';
import { applyMerge } from '../../core/sync/apply-merge.ts';
import { planMerge } from '../../core/sync/plan-merge.ts';
import { roundTrip, syncFixture } from './sync-helpers.ts';

const chosen = { kind: 'segments' as const, segmentIds: ['seg-test', 'seg-kazan'] };

describe('exporting chosen segments', () => {
  it('without their data writes only their definitions and the schemes made of them', async () => {
    const { ds, state } = syncFixture();
    const file = await roundTrip(ds, state, { scope: { ...chosen, withData: false } });
    expect(file.envelope.scope).toEqual({ ...chosen, withData: false });
    expect(file.segments.map((s) => s.id).sort()).toEqual(['seg-kazan', 'seg-test']);
    expect(file.segments.find((s) => s.id === 'seg-test')!.members).toEqual(state.segments[1].members);
    expect(file.schemes.map((s) => s.id)).toEqual(['sch-1']);
    expect(file.customers).toEqual([]);
    expect(file.orders.length).toBe(0);
    expect(file.snapshots).toEqual([]);
    expect(file.settings).toBeUndefined();
  });

  it('with their data adds the members’ customers, orders and campaign rows, and nobody else’s', async () => {
    const { ds, state } = syncFixture();
    const members = [1, 3, 40];
    const file = await roundTrip(ds, state, { scope: { kind: 'segments', segmentIds: ['seg-test'], withData: true }, members });
    expect(file.segments.map((s) => s.id)).toEqual(['seg-test']);
    expect(file.schemes).toEqual([]);
    const ids = members.map((p) => ds.customers[p].id);
    expect(file.customers.map((c) => c.id)).toEqual(ids);
    const expectedOrders = ds.orders.orderId.filter((_, i) => members.includes(ds.orders.customer[i]));
    expect(file.orders.orderId).toEqual(expectedOrders);
    expect(new Set(file.orders.customerId)).toEqual(new Set(ids.filter((id) => file.orders.customerId.includes(id))));
    expect(file.campaigns!.customerId).toEqual([ds.customers[3].id, ds.customers[3].id]);

    // Imported elsewhere, the segment arrives with its members' data; settings stay the receiver's.
    const local = { ds: emptyDataset(), state: { segments: [], schemes: [], snapshots: [] } };
    const r = applyMerge(local, planMerge(local, file));
    expect(r.ds.customers.map((c) => c.id)).toEqual(ids);
    expect(r.ds.orders.length).toBe(expectedOrders.length);
    expect(r.ds.settings).toBe(local.ds.settings);
    expect(r.state.segments).toEqual([state.segments[1]]);
  });

  it('refuses an unknown segment and data without members', async () => {
    const { ds, state } = syncFixture();
    await expect(roundTrip(ds, state, { scope: { kind: 'segments', segmentIds: ['nope'], withData: false } })).rejects.toThrow(/no segment nope/);
    await expect(roundTrip(ds, state, { scope: { ...chosen, withData: true } })).rejects.toThrow(/needs their members/);
  });
});
