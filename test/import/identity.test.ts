import { describe, expect, test } from 'vitest';
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
