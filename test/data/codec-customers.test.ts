import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCustomerKeys, decodeCustomers, encodeCustomers } from '../../core/data/codec-customers.ts';
import type { Customer } from '../../core/model/customer.ts';
import { customerArb, withAllFields } from './arbitraries.ts';

const roundTrip = (cs: Customer[], chunkRows?: number): Customer[] => {
  const { keys, rest } = encodeCustomers(cs, chunkRows);
  return decodeCustomers(rest, decodeCustomerKeys(keys));
};

describe('customer chunks', () => {
  it('give back the same customers for any chunk size, absent fields as undefined', () => {
    fc.assert(
      fc.property(fc.array(customerArb, { maxLength: 25 }), fc.integer({ min: 1, max: 30 }), (cs, chunkRows) => {
        expect(roundTrip(cs, chunkRows)).toStrictEqual(cs.map(withAllFields));
      }),
      { numRuns: 200 },
    );
  });

  it('encode the customers they decoded (one shape, read field by field) to the same records', () => {
    fc.assert(
      fc.property(fc.array(customerArb, { maxLength: 25 }), (cs) => {
        const once = encodeCustomers(cs, 7);
        const again = encodeCustomers(roundTrip(cs, 7), 7);
        expect(again).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });

  it('give every customer the same keys in the same order (one hidden class)', () => {
    const cs = fc.sample(customerArb, { numRuns: 50, seed: 7 });
    const keys = roundTrip(cs).map((c) => Object.keys(c).join());
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe(Object.keys(withAllFields(cs[0])).join());
  });

  it('keep an attribute whose header is __proto__ as a plain key', () => {
    const attributes = Object.fromEntries([['__proto__', 'x'], ['Размер', 'XL']]) as Record<string, string>;
    const c: Customer = { id: 'C1', externalIds: ['C1'], emails: [], phones: [], tags: [], attributes, updatedAt: 1 };
    const [back] = roundTrip([c]);
    expect(Object.keys(back.attributes)).toEqual(['__proto__', 'Размер']);
    expect(Object.getPrototypeOf(back.attributes)).toBe(Object.prototype);
  });

  it('keep a tombstoned customer with its deletion flag', () => {
    const c: Customer = { id: 'C1', externalIds: [], emails: ['a@b.ru'], phones: [], tags: [], attributes: {}, updatedAt: 5, deleted: true };
    expect(roundTrip([c])).toStrictEqual([withAllFields(c)]);
  });

  it('give the identity index on its own, in customer order', () => {
    const cs: Customer[] = ['C1', 'C2', 'C3'].map((id, i) => ({
      id, externalIds: [id], emails: i === 1 ? [] : [`${id}@x.ru`], phones: ['+7916000000' + i], tags: [], attributes: {}, updatedAt: 1,
    }));
    expect(decodeCustomerKeys(encodeCustomers(cs, 2).keys)).toEqual({
      ids: ['C1', 'C2', 'C3'],
      emails: [['C1@x.ru'], [], ['C3@x.ru']],
      phones: [['+79160000000'], ['+79160000001'], ['+79160000002']],
    });
  });

  it('store valid calendar dates as day numbers and anything else as text', () => {
    const base = { externalIds: [], emails: [], phones: [], tags: [], attributes: {}, updatedAt: 1 };
    const [valid] = encodeCustomers([{ id: 'a', ...base, birthDate: '1990-02-28' }]).rest;
    expect(valid.birthDate.kind).toBe('days');
    const odd: Customer[] = [{ id: 'a', ...base, birthDate: '1990-02-28' }, { id: 'b', ...base, birthDate: '1990-02-30' }];
    expect(encodeCustomers(odd).rest[0].birthDate.kind).toBe('text');
    expect(roundTrip(odd)).toStrictEqual(odd.map(withAllFields));
  });
});
