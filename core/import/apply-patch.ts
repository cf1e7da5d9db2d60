import { customerIdOf } from './identity.ts';
import type { Customer } from '../model/customer.ts';
import type { CustomerPatch } from './parsed-import.ts';

const SCALARS = ['firstName', 'lastName', 'middleName', 'gender', 'birthDate', 'city', 'region', 'country', 'language',
  'signupDate', 'device', 'consent', 'nps'] as const;

/**
 * A new customer record for a patch that matched nobody. Every field is present, in the order the
 * store gives them back: customers share one hidden class, which keeps every later pass over them fast.
 * `adopt`: the customer takes the patch's lists and attributes (the patch is not used again).
 */
export function customerFromPatch(p: CustomerPatch, now: number, adopt = false): Customer {
  return {
    id: customerIdOf(p),
    externalIds: p.sourceId !== undefined ? [p.sourceId] : [],
    emails: adopt ? p.emails : p.emails.slice(),
    phones: adopt ? p.phones : p.phones.slice(),
    firstName: p.firstName,
    lastName: p.lastName,
    middleName: p.middleName,
    gender: p.gender,
    birthDate: p.birthDate,
    city: p.city,
    region: p.region,
    country: p.country,
    language: p.language,
    signupDate: p.signupDate,
    device: p.device,
    tags: adopt ? p.tags : p.tags.slice(),
    consent: p.consent,
    nps: p.nps,
    attributes: adopt ? p.attributes : { ...p.attributes },
    updatedAt: now,
    deleted: undefined,
  };
}

/** The patch names its customer and says nothing else (an order file's customer reference). */
function onlyIdentifies(p: CustomerPatch): boolean {
  if (p.emails.length > 0 || p.phones.length > 0 || p.tags.length > 0) return false;
  if (p.firstName !== undefined || p.lastName !== undefined || p.middleName !== undefined || p.gender !== undefined
    || p.birthDate !== undefined || p.city !== undefined || p.region !== undefined || p.country !== undefined
    || p.language !== undefined || p.signupDate !== undefined || p.device !== undefined || p.consent !== undefined
    || p.nps !== undefined) return false;
  for (const _ in p.attributes) return false;
  return true;
}

/**
 * The customer with the patch applied, or undefined when it changes nothing (so re-importing the same
 * file leaves every record, `updatedAt` included, as it was). `overwrite` (a customers file, the newer
 * truth) replaces fields it has; `fill` (the customer data an orders file carries) only fills blanks.
 * Both union emails, phones, tags and external ids, and keep attributes the patch does not mention.
 */
export function applyPatch(c: Customer, p: CustomerPatch, mode: 'overwrite' | 'fill', now: number): Customer | undefined {
  if (!c.deleted && onlyIdentifies(p) && (p.sourceId === undefined || p.sourceId === c.id || c.externalIds.includes(p.sourceId))) {
    return undefined;
  }
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
  next.updatedAt = now;
  return next;
}
