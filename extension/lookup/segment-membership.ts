import type { EngineApi } from '../../core/worker/engine-api.ts';
import type { SegmentMembership } from './build-snapshot.ts';

const PAGE = 50_000;

/** The user's evaluated segments and their members, through the engine (segments that failed to evaluate are left out). */
export async function segmentMembership(engine: Pick<EngineApi, 'segments' | 'segmentMembers'>): Promise<SegmentMembership> {
  const summaries = (await engine.segments()).filter((s) => !s.problems?.length);
  const memberIds: string[][] = [];
  for (const s of summaries) {
    const ids: string[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await engine.segmentMembers(s.segment.id, { offset, limit: PAGE });
      for (const row of page.rows) ids.push(row.id);
      if (page.rows.length < PAGE || ids.length >= page.total) break;
    }
    memberIds.push(ids);
  }
  return {
    segments: summaries.map((s) => (s.segment.color ? { name: s.segment.name, color: s.segment.color } : { name: s.segment.name })),
    memberIds,
  };
}
