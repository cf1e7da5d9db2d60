import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { customerIdOf, CustomerIndex } from '../../core/import/identity.ts';
import { emptyPatch } from '../../core/import/parsed-import.ts';
import type { Customer } from '../../core/model/customer.ts';
import type { CustomerPatch } from '../../core/import/parsed-import.ts';

const patch = (p: Partial<CustomerPatch>): CustomerPatch => ({ ...emptyPatch(2), ...p });
const customer = (c: Partial<Customer>): Customer => ({ id: 'x', externalIds: [], emails: [], phones: [], tags: [], attributes: {}, updatedAt: 0, ...c });

describe('customerIdOf', () => {
  test('is the source id, else email:<email>, else phone:<e164>', () => {
    expect(customerIdOf(patch({ sourceId: 'C1', emails: ['a@x.com'] }))).toBe('C1');
    expect(customerIdOf(patch({ emails: ['a@x.com'], phones: ['+79161234567'] }))).toBe('email:a@x.com');
    expect(customerIdOf(patch({ phones: ['+79161234567'] }))).toBe('phone:+79161234567');
  });
});

describe('CustomerIndex', () => {
  const customers = [
    customer({ id: 'C1', emails: ['a@x.com'] }),
    customer({ id: 'email:b@x.com', externalIds: ['shopify:7'], emails: ['b@x.com'], phones: ['+79161234567'] }),
    customer({ id: 'C3', phones: ['+79031234567'], firstName: 'Анна', lastName: 'Ким' }),
    customer({ id: 'C4', firstName: 'Олег', lastName: 'Новиков' }),
    customer({ id: 'C5', firstName: 'Олег', lastName: 'Новиков' }),
  ];
  const index = new CustomerIndex(customers);

  test('matches by source id first, then email, then phone', () => {
    expect(index.find(patch({ sourceId: 'C1', emails: ['b@x.com'] }))).toBe(0);
    expect(index.find(patch({ sourceId: 'shopify:7' }))).toBe(1);
    expect(index.find(patch({ sourceId: 'new', emails: ['b@x.com'] }))).toBe(1);
    expect(index.find(patch({ emails: ['zzz@x.com'], phones: ['+79031234567'] }))).toBe(2);
    expect(index.find(patch({ sourceId: 'new', emails: ['new@x.com'] }))).toBe(-1);
  });

  test('matches a name-only contact only when exactly one customer has that name, in either order', () => {
    expect(index.find(patch({ firstName: 'Анна', lastName: 'Ким', nameOnly: true }))).toBe(2);
    expect(index.find(patch({ firstName: 'Ким', lastName: 'Анна', nameOnly: true }))).toBe(2);
    expect(index.find(patch({ firstName: 'Олег', lastName: 'Новиков', nameOnly: true }))).toBe(-1);
    expect(index.find(patch({ firstName: 'Анна', lastName: 'Ким' }))).toBe(-1);
  });
});

describe('CustomerIndex with ids of the same source', () => {
  const index = new CustomerIndex([
    customer({ id: 'C1', externalIds: ['C1'], phones: ['+79099732703'], emails: ['a@x.ru'] }),
    customer({ id: 'bitrix24:15', externalIds: ['bitrix24:15'], phones: ['+79161234567'] }),
    customer({ id: 'email:b@x.ru', emails: ['b@x.ru'] }),
  ]);

  test('keeps two rows with different ids apart even when they share a phone or an email', () => {
    expect(index.find(patch({ sourceId: 'C2', phones: ['+79099732703'] }))).toBe(-1);
    expect(index.find(patch({ sourceId: 'C2', emails: ['a@x.ru'] }))).toBe(-1);
    expect(index.find(patch({ sourceId: 'bitrix24:16', phones: ['+79161234567'] }))).toBe(-1);
  });

  test('still joins a row of another source, or one without an id, by email or phone', () => {
    expect(index.find(patch({ sourceId: 'shopify:7001', emails: ['a@x.ru'] }))).toBe(0);
    expect(index.find(patch({ sourceId: 'C9', phones: ['+79161234567'] }))).toBe(1);
    expect(index.find(patch({ phones: ['+79099732703'] }))).toBe(0);
    expect(index.find(patch({ sourceId: 'C3', emails: ['b@x.ru'] }))).toBe(2);
  });
});

/** The index as first written: every map built up front and kept up to date, first one wins. */
class EagerIndex {
  private readonly byId = new Map<string, number>();
  private readonly byEmail = new Map<string, number>();
  private readonly byPhone = new Map<string, number>();
  constructor(private readonly customers: readonly Customer[]) {
    customers.forEach((c, i) => this.add(i, c));
  }
  add(i: number, c: Customer): void {
    const first = (m: Map<string, number>, k: string) => { if (!m.has(k)) m.set(k, i); };
    first(this.byId, c.id);
    for (const x of c.externalIds) first(this.byId, x);
    for (const e of c.emails) first(this.byEmail, e);
    for (const p of c.phones) first(this.byPhone, p);
  }
  find(p: CustomerPatch): number {
    const ns = p.sourceId === undefined ? undefined : /^([a-z][a-z0-9_-]*):/.exec(p.sourceId)?.[1] ?? '';
    if (p.sourceId !== undefined) { const i = this.byId.get(p.sourceId); if (i !== undefined) return i; }
    const fits = (i: number | undefined): i is number => i !== undefined && (ns === undefined
      || !this.customers[i].externalIds.some((x) => !/^(email|phone|name):/.test(x) && (/^([a-z][a-z0-9_-]*):/.exec(x)?.[1] ?? '') === ns));
    for (const e of p.emails) { const i = this.byEmail.get(e); if (fits(i)) return i; }
    for (const ph of p.phones) { const i = this.byPhone.get(ph); if (fits(i)) return i; }
    return this.byId.get(customerIdOf(p)) ?? -1;
  }
}

describe('CustomerIndex built as it is used', () => {
  const key = (pool: string) => fc.constantFrom(...pool.split(' '));
  const someKeys = (pool: string) => fc.uniqueArray(key(pool), { maxLength: 2 });
  const patchArb = fc.record({
    sourceId: fc.option(key('C1 C2 C3 crm:1 crm:2 email:a'), { nil: undefined }),
    emails: someKeys('a b c'),
    phones: someKeys('+1 +2 +3'),
  }).map((p) => patch(p));

  test('answers like an index whose maps were all built up front, whatever is added and when', () => {
    fc.assert(fc.property(fc.array(customerArbFrom(patchArb), { maxLength: 5 }), fc.array(fc.tuple(patchArb, fc.nat(), fc.boolean()), { maxLength: 25 }),
      (start, steps) => {
        const customers = start.slice();
        const lazy = new CustomerIndex(customers);
        const eager = new EagerIndex(customers);
        for (const [p, at, change] of steps) {
          expect(lazy.find(p)).toBe(eager.find(p));
          if (change && customers.length > 0) {
            // A customer gains the patch's keys, added again as the merge does: before it is replaced.
            const i = at % customers.length;
            const next = { ...customers[i], emails: [...new Set([...customers[i].emails, ...p.emails])], phones: [...new Set([...customers[i].phones, ...p.phones])] };
            lazy.add(i, next);
            eager.add(i, next);
            customers[i] = next;
          } else {
            const c = customer({ id: customerIdOf(p), externalIds: p.sourceId ? [p.sourceId] : [], emails: p.emails, phones: p.phones });
            customers.push(c);
            lazy.add(customers.length - 1, c);
            eager.add(customers.length - 1, c);
          }
        }
      }), { numRuns: 500 });
  });
});

function customerArbFrom(patches: fc.Arbitrary<CustomerPatch>): fc.Arbitrary<Customer> {
  return patches.map((p) => customer({ id: customerIdOf(p), externalIds: p.sourceId ? [p.sourceId] : [], emails: p.emails, phones: p.phones }));
}

