import type { Dataset } from '../model/dataset.ts';
import { add, emptySet, type MemberSet } from './member-set.ts';

const cache = new WeakMap<Dataset['customers'], MemberSet>();

/**
 * Positions of customers that are not deleted: the universe every rule is evaluated in, so `{ not: r }`
 * never brings back a deleted customer. Cached per customers array; callers that delete in place must
 * replace the array (the import does).
 */
export function liveMembers(ds: Dataset): MemberSet {
  let set = cache.get(ds.customers);
  if (!set) {
    set = emptySet(ds.customers.length);
    ds.customers.forEach((c, i) => { if (!c.deleted) add(set!, i); });
    cache.set(ds.customers, set);
  }
  return set;
}
