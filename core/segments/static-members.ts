import type { Dataset } from '../model/dataset.ts';
import { add, emptySet, type MemberSet } from './member-set.ts';
import type { MemberMark } from './segment.ts';

const positionsCache = new WeakMap<Dataset['customers'], Map<string, number>>();

function positionsById(ds: Dataset): Map<string, number> {
  let map = positionsCache.get(ds.customers);
  if (!map) {
    map = new Map();
    ds.customers.forEach((c, i) => map!.set(c.id, i));
    positionsCache.set(ds.customers, map);
  }
  return map;
}

/**
 * The members of a static segment: customer ids whose latest mark is `in`, mapped to positions.
 * A mark for an id no customer has (yet: sync may bring the customer later) is ignored and counted;
 * a deleted customer is simply not a member.
 */
export function staticMembers(ds: Dataset, members: Record<string, MemberMark> | undefined): { set: MemberSet; unknown: number } {
  const positions = positionsById(ds);
  const set = emptySet(ds.customers.length);
  let unknown = 0;
  for (const [id, mark] of Object.entries(members ?? {})) {
    if (!mark.in) continue;
    const i = positions.get(id);
    if (i === undefined) unknown++;
    else if (!ds.customers[i].deleted) add(set, i);
  }
  return { set, unknown };
}
