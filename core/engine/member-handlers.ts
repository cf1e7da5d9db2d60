import { forEachMember, has } from '../segments/member-set.ts';
import type { MemberMark, SegmentDef } from '../segments/segment.ts';
import type { CustomerPage } from '../worker/engine-api.ts';
import type { MemberChangeResult, SegmentsApi } from '../worker/segments-api.ts';
import { optional, segmentContext, type SegmentContext } from './segment-context.ts';
import type { SegmentDeps } from './segment-deps.ts';

type SegmentMemberApi = Pick<SegmentsApi, 'freezeSegment' | 'changeMembers' | 'segmentMembers'>;

/** Members of segments: freezing a dynamic segment, editing static members by id, email or phone, listing members. */
export function segmentMemberHandlers(deps: SegmentDeps, c: SegmentContext = segmentContext(deps)): SegmentMemberApi {
  const { view, summary, live, membersOf, commit } = c;
  return {
    async freezeSegment(id, name) {
      const v = await view();
      const source = live(id);
      const set = membersOf(v, id);
      const now = Date.now();
      const members: Record<string, MemberMark> = {};
      forEachMember(set, (i) => { members[v.ds.customers[i].id] = { in: true, at: now }; });
      const def: SegmentDef = {
        id: crypto.randomUUID(), kind: 'static', members, createdAt: now, updatedAt: now,
        name: name?.trim() || `${source.name} (${new Date(now).toISOString().slice(0, 10)})`,
        ...optional('description', source.description),
        ...optional('color', source.color),
      };
      return summary(await commit({ segments: [def] }), def);
    },

    async changeMembers(id, change): Promise<MemberChangeResult> {
      const v = await view();
      const segment = live(id);
      if (segment.kind !== 'static') throw new Error(`“${segment.name}” is a dynamic segment: its members follow its rule. Freeze it to edit members.`);
      const now = Date.now();
      const members = { ...segment.members };
      const unmatched: string[] = [];
      let added = 0, removed = 0;
      const apply = (entries: readonly string[] | undefined, into: boolean) => {
        for (const entry of entries ?? []) {
          if (!entry.trim()) continue;
          const found = deps.index().exactly(entry);
          if (!found.length) unmatched.push(entry);
          for (const i of found) {
            const cid = v.ds.customers[i].id;
            if ((members[cid]?.in ?? false) !== into) into ? added++ : removed++;
            members[cid] = { in: into, at: now };
          }
        }
      };
      apply(change.add, true);
      apply(change.remove, false);
      const def: SegmentDef = { ...segment, members, updatedAt: now };
      return { added, removed, unmatched, summary: summary(await commit({ segments: [def] }), def) };
    },

    async segmentMembers(id, { offset, limit }): Promise<CustomerPage> {
      const v = await view();
      const set = membersOf(v, id);
      const rows = deps.ranked().filter((i) => has(set, i));
      return { total: rows.length, rows: rows.slice(offset, offset + limit).map((i) => deps.row(i)) };
    },

  };
}
