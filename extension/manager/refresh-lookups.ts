/**
 * After each change the manager page (an extension page: heavy work belongs here, not in the service
 * worker) rebuilds the background's look-up snapshot from the engine's stored data, writes it, and tells
 * the background to read it again.
 */
import { openStore } from '../../core/data/store.ts';
import { emptyDataset } from '../../core/engine/empty-dataset.ts';
import type { EngineApi } from '../../core/worker/engine-api.ts';
import { buildMoveSnapshot } from '../lookup/build-moves.ts';
import { buildLookupSnapshot, buildNameSnapshot } from '../lookup/build-snapshot.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';
import { segmentMembership } from '../lookup/segment-membership.ts';
import { writeSnapshot } from '../lookup/snapshot-db.ts';
import type { BackgroundRequest } from '../messages.ts';
import { writeSummary } from '../summary-store.ts';

export interface LookupsInfo {
  customers: number;
  builtAt: number;
}

export async function refreshLookups(engine: Pick<EngineApi, 'segments' | 'segmentMembers'>): Promise<LookupsInfo> {
  // The engine saved the data before answering; this is a second, read-only connection to it.
  const store = await openStore();
  let ds;
  let segmentState;
  try {
    ds = (await store.load()) ?? emptyDataset();
    segmentState = await store.loadSegmentState<SnapshotRecord>();
  } finally {
    store.close();
  }
  const builtAt = Date.now();
  const snapshot = buildLookupSnapshot(ds, await segmentMembership(engine), builtAt);
  await writeSnapshot({ snapshot, names: buildNameSnapshot(ds, builtAt), moves: buildMoveSnapshot(segmentState, ds.customers.length, builtAt) });
  await writeSummary({ customers: snapshot.live, updatedAt: snapshot.builtAt });
  const changed: BackgroundRequest = { type: 'data-changed' };
  await chrome.runtime.sendMessage(changed);
  return { customers: snapshot.live, builtAt: snapshot.builtAt };
}
