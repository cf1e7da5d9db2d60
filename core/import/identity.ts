import type { Customer } from '../model/customer.ts';
import type { CustomerPatch } from './parsed-import.ts';

/**
 * Who is who. A customer's id is the source id when the file has one, else `email:<email>`, else
 * `phone:<e164>` (stable: the same file always gives the same ids); an id is never rewritten later,
 * further source ids go to `externalIds`. A patch matches an existing customer by, in order: its
 * source id (against ids and externalIds), one of its emails (trimmed, lower-cased), one of its
 * phones (E.164), and — only for CRM deals that name their contact by name alone — a full name that
 * exactly one customer has. Tombstoned customers match too (importing them again revives them).
 * A patch with a source id never matches, by email or phone, a customer that already has another
 * id of the same source: two CRM contacts or two rows of a customers table with different ids are
 * two people even when they share a phone (a family, an office line).
 */
export function customerIdOf(p: CustomerPatch): string {
  if (p.sourceId !== undefined) return p.sourceId;
  if (p.emails.length > 0) return `email:${p.emails[0]}`;
  if (p.phones.length > 0) return `phone:${p.phones[0]}`;
  return `name:${nameKey(p.firstName, p.lastName)}`;
}

const nameKey = (first?: string, last?: string): string =>
  [first, last].filter((x) => x).join(' ').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

const AMBIGUOUS = -2;

/** `bitrix24` of `bitrix24:15`; '' for the ids of generic files, written without a source prefix. */
const namespaceOf = (id: string): string => /^([a-z][a-z0-9_-]*):/.exec(id)?.[1] ?? '';

/** Ids made up from an email, a phone or a name when the file had none. */
const isDerivedId = (id: string): boolean => /^(email|phone|name):/.test(id);

/** Lookup of customers by id, external id, email, phone (and name, built on first use). */
export class CustomerIndex {
  private readonly byId = new Map<string, number>();
  private readonly byEmail = new Map<string, number>();
  private readonly byPhone = new Map<string, number>();
  private byName?: Map<string, number>;

  constructor(private readonly customers: readonly Customer[]) {
    customers.forEach((c, i) => this.add(i, c));
  }

  /** Records customer `i` (call again after adding emails, phones or ids to it). First one wins. */
  add(i: number, c: Customer): void {
    setFirst(this.byId, c.id, i);
    for (const x of c.externalIds) setFirst(this.byId, x, i);
    for (const e of c.emails) setFirst(this.byEmail, e, i);
    for (const p of c.phones) setFirst(this.byPhone, p, i);
    if (this.byName) this.addName(i, c);
  }

  /** Index of the customer the patch describes, or -1. */
  find(p: CustomerPatch): number {
    let ns: string | undefined;
    if (p.sourceId !== undefined) {
      const i = this.byId.get(p.sourceId);
      if (i !== undefined) return i;
      ns = namespaceOf(p.sourceId);
    }
    const fits = (i: number | undefined): i is number =>
      i !== undefined && (ns === undefined || !this.customers[i].externalIds.some((x) => !isDerivedId(x) && namespaceOf(x) === ns));
    for (const e of p.emails) { const i = this.byEmail.get(e); if (fits(i)) return i; }
    for (const ph of p.phones) { const i = this.byPhone.get(ph); if (fits(i)) return i; }
    const own = this.byId.get(customerIdOf(p));
    if (own !== undefined) return own;
    if (p.nameOnly) {
      if (!this.byName) {
        this.byName = new Map();
        this.customers.forEach((c, i) => this.addName(i, c));
      }
      const i = this.byName.get(nameKey(p.firstName, p.lastName));
      if (i !== undefined && i !== AMBIGUOUS) return i;
    }
    return -1;
  }

  private addName(i: number, c: Customer): void {
    const map = this.byName;
    if (!map || (!c.firstName && !c.lastName)) return;
    for (const k of new Set([nameKey(c.firstName, c.lastName), nameKey(c.lastName, c.firstName)])) {
      const had = map.get(k);
      map.set(k, had === undefined || had === i ? i : AMBIGUOUS);
    }
  }
}

function setFirst(map: Map<string, number>, key: string, i: number): void {
  if (!map.has(key)) map.set(key, i);
}
