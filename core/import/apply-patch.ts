import { customerIdOf } from './identity.ts';
import type { Customer } from '../model/customer.ts';
import type { CustomerPatch } from './parsed-import.ts';

const SCALARS = ['firstName', 'lastName', 'middleName', 'gender', 'birthDate', 'city', 'region', 'country', 'language',
  'signupDate', 'device', 'consent', 'nps'] as const;

/** A new customer record for a patch that matched nobody. */
export function customerFromPatch(p: CustomerPatch, now: number): Customer {
  const c: Customer = {
    id: customerIdOf(p),
    externalIds: p.sourceId !== undefined ? [p.sourceId] : [],
    emails: p.emails.slice(),
    phones: p.phones.slice(),
    tags: p.tags.slice(),
    attributes: { ...p.attributes },
    updatedAt: now,
  };
  for (const f of SCALARS) if (p[f] !== undefined) (c as unknown as Record<string, unknown>)[f] = p[f];
  return c;
}

/**
 * The customer with the patch applied, or undefined when it changes nothing (so re-importing the same
 * file leaves every record, `updatedAt` included, as it was). `overwrite` (a customers file, the newer
 * truth) replaces fields it has; `fill` (the customer data an orders file carries) only fills blanks.
 * Both union emails, phones, tags and external ids, and keep attributes the patch does not mention.
 */
export function applyPatch(c: Customer, p: CustomerPatch, mode: 'overwrite' | 'fill', now: number): Customer | undefined {
  let next: Customer | undefined;
  const edit = (): Customer => (next ??= {
    ...c, externalIds: c.externalIds.slice(), emails: c.emails.slice(), phones: c.phones.slice(), tags: c.tags.slice(),
    attributes: { ...c.attributes },
  });
  for (const f of SCALARS) {
    const v = p[f];
    if (v === undefined || v === c[f]) continue;
    if (mode === 'fill' && c[f] !== undefined) continue;
    (edit() as unknown as Record<string, unknown>)[f] = v;
  }
  const union = (field: 'emails' | 'phones' | 'tags' | 'externalIds', values: readonly string[]) => {
    for (const v of values) if (!(next ?? c)[field].includes(v)) edit()[field].push(v);
  };
  union('emails', p.emails);
  union('phones', p.phones);
  union('tags', p.tags);
  if (p.sourceId !== undefined && p.sourceId !== c.id) union('externalIds', [p.sourceId]);
  for (const [k, v] of Object.entries(p.attributes)) {
    const had = (next ?? c).attributes[k];
    if (had === v || (mode === 'fill' && had !== undefined)) continue;
    edit().attributes[k] = v;
  }
  if (c.deleted) edit().deleted = undefined;
  if (!next) return undefined;
  if (next.deleted === undefined) delete next.deleted;
  next.updatedAt = now;
  return next;
}
