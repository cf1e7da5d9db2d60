import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LookupIndex } from '../../core/engine/lookup-index.ts';
import type { Customer } from '../../core/model/customer.ts';

const customer = (id: string, over: Partial<Customer> = {}): Customer => ({
  id, externalIds: [id], emails: [], phones: [], tags: [], attributes: {}, updatedAt: 0, ...over,
});

const people = [
  customer('C1', { emails: ['anna@example.com'], phones: ['+79161234567'], firstName: 'Анна', lastName: 'Ёлкина' }),
  customer('C2', { emails: ['ivan@example.com'], firstName: 'Иван', lastName: 'Петров' }),
  customer('C3', { firstName: 'Ivan', lastName: 'Ivanov', deleted: true }),
  customer('C4', { firstName: 'Иван', lastName: 'Сидоров', externalIds: ['C4', 'hubspot-77'] }),
];
const index = new LookupIndex(people);

describe('customer look-up', () => {
  it('finds a customer by email whatever the case and spaces', () => {
    expect(index.find('  ANNA@example.com ')).toEqual([0]);
  });
  it('finds a customer by a phone typed in Russian format', () => {
    expect(index.find('8 (916) 123-45-67')).toEqual([0]);
    expect(index.find('+7 916 123 45 67')).toEqual([0]);
  });
  it('finds a customer by any of its ids', () => {
    expect(index.find('c2')).toEqual([1]);
    expect(index.find('HubSpot-77')).toEqual([3]);
  });
  it('finds customers by a name prefix, first or last name first, ё as е', () => {
    expect(index.find('иван').sort()).toEqual([1, 3]);
    expect(index.find('петров ив')).toEqual([1]);
    expect(index.find('елк')).toEqual([0]);
  });
  it('never returns deleted customers', () => {
    expect(index.find('ivanov')).toEqual([]);
  });
  it('returns nothing for an empty or unknown query', () => {
    expect(index.find('   ')).toEqual([]);
    expect(index.find('nobody@example.com')).toEqual([]);
  });
});

/** The index as it was first written: one sorted (key, index) entry per name key; the reference for name look-ups. */
function referenceFind(customers: readonly Customer[], query: string, limit = 20): number[] {
  const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  const q = norm(query);
  if (q.length < 2) return [];
  const names: { key: string; index: number }[] = [];
  customers.forEach((c, i) => {
    if (c.deleted) return;
    const first = norm(c.firstName ?? '');
    const last = norm(c.lastName ?? '');
    const keys = new Set<string>();
    if (first) keys.add(first);
    if (last) keys.add(last);
    if (first && last) keys.add(`${first} ${last}`).add(`${last} ${first}`);
    for (const key of keys) names.push({ key, index: i });
  });
  names.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  const found = new Set<number>();
  for (const n of names) if (found.size < limit && n.key.startsWith(q)) found.add(n.index);
  return [...found];
}

describe('customer look-up by name (property)', () => {
  const name = fc.constantFrom('Анна', 'анна', 'Иван', 'Ёлкина', 'Елкина', 'Петров', 'Иванов', 'Ivan', 'Анна Мария', '', ' иван ');
  const person = fc.record({ firstName: name, lastName: name, deleted: fc.boolean() });
  const query = fc.oneof(name, fc.constantFrom('ан', 'ив', 'иван п', 'петров ив', 'анна м', 'анна мария ел', 'елк', 'x'));

  it('finds the same customers in the same order as sorting every name key', () => {
    fc.assert(fc.property(fc.array(person, { maxLength: 40 }), query, fc.integer({ min: 1, max: 8 }), (ps, q, limit) => {
      const customers = ps.map((p, i) => customer(`id-${i}`, { ...p, externalIds: [] }));
      expect(new LookupIndex(customers).find(q, limit)).toEqual(referenceFind(customers, q, limit));
    }));
  });

  it('builds the same index in slices as at once', async () => {
    await fc.assert(fc.asyncProperty(fc.array(person, { maxLength: 40 }), query, async (ps, q) => {
      const customers = ps.map((p, i) => customer(`id-${i}`, { ...p, emails: [`p${i}@x.org`] }));
      let pauses = 0;
      const sliced = await LookupIndex.build(customers, async () => void pauses++, 7);
      const whole = new LookupIndex(customers);
      expect(sliced.find(q)).toEqual(whole.find(q));
      expect(sliced.find('p3@x.org')).toEqual(whole.find('p3@x.org'));
      expect(pauses).toBe(Math.ceil(customers.length / 7));
    }));
  });
});
