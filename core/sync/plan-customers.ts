import type { Customer } from '../model/customer.ts';
import type { KindSummary } from './merge-plan.ts';
import { ascending } from './plan-columns.ts';
import { decide, dedupe, lwwRecord } from './plan-records.ts';

/** Pairs (local position, incoming index) to replace, incoming indexes to append, in the order decided. */
export interface CustomerDecisions { replace: number[]; append: number[] }

/**
 * planCustomersGeneral, with a shortcut for a device that holds no customers yet: when the file's ids
 * are in strictly ascending order (none repeats) every customer is new, in file order, and neither
 * map is needed. `taken` is called with each id whose file version is taken, in the same order.
 */
export function planCustomers(
  local: readonly Customer[], localPositions: ReadonlyMap<string, number>, incoming: readonly Customer[], summary: KindSummary, taken: (id: string) => void,
): CustomerDecisions {
  if (local.length > 0 || !ascending(incoming.length, (i) => incoming[i].id)) {
    return planCustomersGeneral(local, localPositions, incoming, summary, taken);
  }
  const append = new Array<number>(incoming.length);
  for (let i = 0; i < incoming.length; i++) {
    summary.new++;
    taken(incoming[i].id);
    append[i] = i;
  }
  return { replace: [], append };
}

/** Customers by id; positions of this device stay, new customers are appended. */
export function planCustomersGeneral(
  local: readonly Customer[], localPositions: ReadonlyMap<string, number>, incoming: readonly Customer[], summary: KindSummary, taken: (id: string) => void,
): CustomerDecisions {
  const incomingCustomers = dedupe(incoming, lwwRecord<Customer>);
  const incomingIndex = new Map<Customer, number>();
  incoming.forEach((c, i) => incomingIndex.set(c, i));
  const replace: number[] = [], append: number[] = [];
  for (const [id, theirs] of incomingCustomers) {
    const pos = localPositions.get(id);
    const d = decide(summary, pos === undefined ? undefined : local[pos], theirs, lwwRecord<Customer>);
    if (!d) continue;
    taken(id);
    if (pos === undefined) append.push(incomingIndex.get(theirs)!);
    else replace.push(pos, incomingIndex.get(theirs)!);
  }
  return { replace, append };
}
