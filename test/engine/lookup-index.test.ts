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
