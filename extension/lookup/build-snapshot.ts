import type { Dataset } from '../../core/model/dataset.ts';
import { emailKey, idKey, nameKeys, phoneKey } from './lookup-keys.ts';
import { SNAPSHOT_FORMAT, type LookupSnapshot, type NameSnapshot } from './snapshot-format.ts';
import { textColumn } from './text-column.ts';

/** The user's segments and their members, as the engine evaluated them. */
export interface SegmentMembership {
  segments: { name: string; color?: string }[];
  /** memberIds[s] = customer ids in segments[s]. */
  memberIds: string[][];
}

interface KeyPair {
  key: string;
  owner: number;
}

const sortPairs = (pairs: KeyPair[]) => pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.owner - b.owner));

/** The name keys of `ds`'s live customers, for the popup's search. */
export function buildNameSnapshot(ds: Dataset, builtAt: number): NameSnapshot {
  const pairs: KeyPair[] = [];
  ds.customers.forEach((c, i) => {
    if (!c.deleted) for (const key of nameKeys(c.firstName, c.lastName)) pairs.push({ key, owner: i });
  });
  sortPairs(pairs);
  return { format: SNAPSHOT_FORMAT, builtAt, keys: textColumn(pairs.map((p) => p.key)), owner: Uint32Array.from(pairs, (p) => p.owner) };
}

/** The snapshot of `ds` (heavy: runs in the manager page, never in the service worker). */
export function buildLookupSnapshot(ds: Dataset, membership: SegmentMembership, builtAt: number): LookupSnapshot {
  const n = ds.customers.length;
  const country = ds.settings.defaultPhoneCountry;
  const pairs: KeyPair[] = [];
  let live = 0;
  ds.customers.forEach((c, i) => {
    if (c.deleted) return;
    live++;
    const keys = new Set<string>([idKey(c.id), ...c.externalIds.map(idKey), ...c.emails.map(emailKey)]);
    for (const p of c.phones) {
      const key = phoneKey(p, country);
      if (key) keys.add(key);
    }
    for (const key of keys) pairs.push({ key, owner: i });
  });
  sortPairs(pairs);

  const lastOrderTime = new Float64Array(n).fill(NaN);
  const lastOrderAmount = new Float64Array(n).fill(NaN);
  const o = ds.orders;
  for (let k = 0; k < o.length; k++) {
    const i = o.customer[k];
    // NaN (no order yet) compares false: the first counted order always wins.
    if (o.counted[k] !== 1 || o.time[k] <= lastOrderTime[i]) continue;
    lastOrderTime[i] = o.time[k];
    lastOrderAmount[i] = o.amount[k];
  }

  const position = new Map(ds.customers.map((c, i) => [c.id, i]));
  const perCustomer: number[][] = Array.from({ length: n }, () => []);
  membership.memberIds.forEach((ids, s) => {
    for (const id of ids) perCustomer[position.get(id) ?? -1]?.push(s);
  });
  const memberEnds = new Uint32Array(n);
  let total = 0;
  perCustomer.forEach((list, i) => (memberEnds[i] = total += list.length));

  return {
    format: SNAPSHOT_FORMAT,
    builtAt,
    importedAt: ds.imports.at(-1)?.importedAt,
    count: n,
    live,
    ids: textColumn(ds.customers.map((c) => c.id)),
    names: textColumn(ds.customers.map((c) => [c.firstName, c.lastName].filter(Boolean).join(' '))),
    keys: textColumn(pairs.map((p) => p.key)),
    keyOwner: Uint32Array.from(pairs, (p) => p.owner),
    defaultPhoneCountry: country,
    rfm: ds.scores && { input: ds.scores.input, scores: ds.scores.scores },
    lastOrderTime,
    lastOrderAmount,
    userSegments: membership.segments.map((s) => (s.color ? { name: s.name, color: s.color } : { name: s.name })),
    memberEnds,
    members: Uint16Array.from(perCustomer.flat()),
  };
}
