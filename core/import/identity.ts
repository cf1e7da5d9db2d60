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

type Keys = 'byId' | 'byEmail' | 'byPhone';

/**
 * Lookup of customers by id, external id, email, phone (and name). Each map is built on first use
 * (an orders file that names customers by id never needs the email and phone maps): from the
 * customers in index order, which gives exactly the maps that adding them one by one gives as long
 * as they were added in index order. A customer added again after a later one (changed by a patch)
 * builds every map first, so that "first one wins" keeps meaning first added.
 */
export class CustomerIndex {
  private byId?: Map<string, number>;
  private byEmail?: Map<string, number>;
  private byPhone?: Map<string, number>;
  private byName?: Map<string, number>;
  /** Set by `find`: none of the patch's keys (ids, emails, phones) is in the index. */
  private missedAll = false;
  /** Highest customer added so far, and whether customers were added in index order only. */
  private highest: number;
  private ordered = true;

  /** Indexes `customers`, and every customer pushed to it later once `add`ed. */
  constructor(private customers: readonly Customer[]) {
    this.highest = customers.length - 1;
  }

  /** An index of only the customers of `customers` that are `add`ed to it (none at first). */
  static ofAdded(customers: readonly Customer[]): CustomerIndex {
    const index = new CustomerIndex(customers);
    index.byId = new Map();
    index.byEmail = new Map();
    index.byPhone = new Map();
    index.byName = new Map();
    return index;
  }

  /**
   * Whether the index is exactly what `new CustomerIndex(customers)` would build: "first one wins"
   * depends on the order of additions, which is the customers' order unless one was added again
   * (after a change) once a later one was in.
   */
  get asIfBuiltFresh(): boolean {
    return this.ordered;
  }

  /** Lets an index built as if fresh serve the next copy of the same customers array. */
  rebind(customers: readonly Customer[]): void {
    this.customers = customers;
  }

  /**
   * Records customer `i` (call again after adding emails, phones or ids to it, before it replaces the
   * old version in the customers array). First one wins.
   */
  add(i: number, c: Customer): void {
    if (i < this.highest) {
      if (this.ordered) {
        this.ordered = false;
        this.map('byId');
        this.map('byEmail');
        this.map('byPhone');
      }
    } else this.highest = i;
    if (this.byId) {
      setFirst(this.byId, c.id, i);
      for (const x of c.externalIds) if (x !== c.id) setFirst(this.byId, x, i);
    }
    if (this.byEmail) for (const e of c.emails) setFirst(this.byEmail, e, i);
    if (this.byPhone) for (const p of c.phones) setFirst(this.byPhone, p, i);
    if (this.byName) this.addName(i, c);
  }

  /**
   * Records the new last customer made from the patch that `find` just looked up in vain with every
   * key: none of its keys is present, so each is set without asking first.
   */
  addNew(i: number, c: Customer): void {
    if (!this.missedAll || i < this.highest) {
      this.add(i, c);
      return;
    }
    this.highest = i;
    if (this.byId) {
      this.byId.set(c.id, i);
      for (const x of c.externalIds) if (x !== c.id) setFirst(this.byId, x, i);
    }
    if (this.byEmail) for (const e of c.emails) this.byEmail.set(e, i);
    if (this.byPhone) for (const p of c.phones) this.byPhone.set(p, i);
    if (this.byName) this.addName(i, c);
  }

  private map(which: Keys): Map<string, number> {
    let m = this[which];
    if (m) return m;
    m = this[which] = new Map();
    const cs = this.customers;
    const n = Math.min(cs.length, this.highest + 1);
    // Last to first, each key set unconditionally: the first customer with a key writes it last, as
    // "first one wins" in order would keep it, at one hash operation per key instead of two.
    if (which === 'byId') {
      for (let i = n - 1; i >= 0; i--) {
        const c = cs[i];
        for (const x of c.externalIds) m.set(x, i);
        m.set(c.id, i);
      }
    } else if (which === 'byEmail') {
      for (let i = n - 1; i >= 0; i--) for (const e of cs[i].emails) m.set(e, i);
    } else {
      for (let i = n - 1; i >= 0; i--) for (const p of cs[i].phones) m.set(p, i);
    }
    return m;
  }

  /** Index of the customer the patch describes, or -1. */
  find(p: CustomerPatch): number {
    this.missedAll = false;
    let ns: string | undefined;
    let missed = true;
    const id = p.sourceId;
    const byId = this.map('byId');
    if (id !== undefined) {
      const i = byId.get(id);
      if (i !== undefined) return i;
    }
    if (p.emails.length > 0) {
      const byEmail = this.map('byEmail');
      for (const e of p.emails) {
        const i = byEmail.get(e);
        if (i === undefined) continue;
        missed = false;
        if (id === undefined || !this.hasIdOf(i, (ns ??= namespaceOf(id)))) return i;
      }
    }
    if (p.phones.length > 0) {
      const byPhone = this.map('byPhone');
      for (const ph of p.phones) {
        const i = byPhone.get(ph);
        if (i === undefined) continue;
        missed = false;
        if (id === undefined || !this.hasIdOf(i, (ns ??= namespaceOf(id)))) return i;
      }
    }
    // The id a new customer would get; with a source id that is the id looked up above.
    if (id === undefined) {
      const own = byId.get(customerIdOf(p));
      if (own !== undefined) return own;
    }
    if (p.nameOnly) {
      if (!this.byName) {
        this.byName = new Map();
        this.customers.forEach((c, i) => this.addName(i, c));
      }
      const i = this.byName.get(nameKey(p.firstName, p.lastName));
      if (i !== undefined && i !== AMBIGUOUS) return i;
    }
    this.missedAll = missed;
    return -1;
  }

  /** Customer i already has an id of namespace `ns` (other than one made up from an email or phone). */
  private hasIdOf(i: number, ns: string): boolean {
    return this.customers[i].externalIds.some((x) => !isDerivedId(x) && namespaceOf(x) === ns);
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
