/**
 * After each change the manager page (an extension page: heavy work belongs here, not in the service
 * worker) rebuilds the background's look-up snapshot from the engine's stored data, writes it, and tells
 * the background to read it again. It reads the engine's database read-only through core/data, as
 * EXT.md allows the background to (test/structure/engine-boundary.test.ts lists this file).
 */
import { openStore } from '../../core/data/store.ts';
import type { SnapshotRecord } from '../../core/segments/snapshot.ts';
import type { EngineApi } from '../../core/worker/engine-api.ts';
import { buildLookupParts } from '../lookup/build-parts.ts';
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
    ds = await store.load();
    segmentState = await store.loadSegmentState<SnapshotRecord>();
  } finally {
    store.close();
  }
  const parts = buildLookupParts(ds, await segmentMembership(engine), segmentState, Date.now());
  await writeSnapshot(parts);
  await writeSummary({ customers: parts.snapshot.live, updatedAt: parts.snapshot.builtAt });
  const changed: BackgroundRequest = { type: 'data-changed' };
  await chrome.runtime.sendMessage(changed);
  return { customers: parts.snapshot.live, builtAt: parts.snapshot.builtAt };
}
