import type { MemberMark } from '../segments/segment.ts';

/**
 * Static members merged per customer id: the later mark wins; at the same time a removal wins (any
 * fixed rule keeps the merge commutative). Two people adding different customers both keep theirs.
 */
export function mergeMembers(a: Record<string, MemberMark> | undefined, b: Record<string, MemberMark> | undefined): Record<string, MemberMark> | undefined {
  if (!a || !b) return a ?? b;
  const out: Record<string, MemberMark> = { ...a };
  for (const [id, mark] of Object.entries(b)) {
    const mine = out[id];
    if (!mine || mark.at > mine.at || (mark.at === mine.at && mine.in && !mark.in)) out[id] = mark;
  }
  return out;
}
