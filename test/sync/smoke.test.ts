import { expect, it } from 'vitest';
import { applyMerge } from '../../core/sync/apply-merge.ts';
import { planMerge } from '../../core/sync/plan-merge.ts';
import { emptyDataset } from '../../core/engine/empty-dataset.ts';
import { canonical, roundTrip, syncFixture } from './sync-helpers.ts';

it('smoke', async () => {
  const { ds, state: segmentState } = syncFixture();
  const inc = await roundTrip(ds, segmentState);
  const empty = emptyDataset({ ...ds.settings, updatedAt: 0 });
  const local = { ds: empty, state: { segments: [], schemes: [], snapshots: [] } };
  const plan = planMerge(local, inc);
  console.log(plan.summary, plan.warnings);
  const r = applyMerge(local, plan);
  expect(canonical(r.ds, r.state)).toEqual(canonical(ds, segmentState));
});
