import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalInteger, decodeOrders, encodeOrders } from '../../core/data/codec-orders.ts';
import { orderTableArb, tableOf, type PlainOrder } from './arbitraries.ts';

const row = (orderId: string, i: number): PlainOrder => ({
  orderId, customer: i % 3, time: 1_700_000_000 + i * 60, amount: 96700 + i, counted: 1, items: 2,
  currency: 0, channel: i % 2, category: 0, updatedAt: 1_790_000_000_000,
});
const dict = { currency: ['RUB'], channel: ['store', 'web'], category: ['Одежда'] };

describe('order chunks', () => {
  it('give back the same table for any chunk size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((n) => orderTableArb(n, 60)), fc.integer({ min: 1, max: 70 }), (t, chunkRows) => {
        const chunks = encodeOrders(t, chunkRows);
        expect(chunks.length).toBe(Math.ceil(t.length / chunkRows));
        expect(decodeOrders(chunks, t.dict)).toEqual(t);
      }),
      { numRuns: 300 },
    );
  });

  it('store canonical integer ids as numbers and consecutive ones without data', () => {
    const t = tableOf(Array.from({ length: 100 }, (_, i) => row(String(10_000_000 + i), i)), dict);
    const [chunk] = encodeOrders(t);
    expect(chunk.orderId).toEqual({ kind: 'numbers', ids: { kind: 'delta', base: 10_000_000, scale: 1, step: 1, bits: 0, data: undefined } });
    expect(decodeOrders([chunk], dict).orderId).toEqual(t.orderId);
  });

  it('keep ids that would not survive a trip through a number as text', () => {
    for (const odd of ['007', '1e3', '-5', '9007199254740993', ' 12', '', '#1001']) {
      const t = tableOf([row('1', 0), row(odd, 1)], dict);
      const [chunk] = encodeOrders(t);
      expect(chunk.orderId.kind).toBe('text');
      expect(decodeOrders([chunk], dict).orderId).toEqual(['1', odd]);
    }
  });

  it('recognise exactly the strings that String(number) produces', () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger().filter((n) => n >= 0).map(String), fc.string({ unit: fc.constantFrom('0', '1', '9', '-', '.', 'e') })), (s) => {
        const n = canonicalInteger(s);
        if (n !== undefined) expect(String(n)).toBe(s);
        else expect(Number.isSafeInteger(+s) && +s >= 0 && String(+s) === s).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('store customer positions and codes in widths their arrays take with one copy', () => {
    const t = tableOf(Array.from({ length: 1000 }, (_, i) => ({ ...row(String(i), i), customer: i * 70, items: i % 9 })), dict);
    const [chunk] = encodeOrders(t);
    expect(chunk.customer).toMatchObject({ kind: 'plain', base: 0, scale: 1, bits: 32 });
    expect(chunk.items).toMatchObject({ kind: 'plain', base: 0, scale: 1, bits: 8 });
    expect(chunk.channel).toMatchObject({ kind: 'plain', base: 0, scale: 1, bits: 8 });
    expect(decodeOrders([chunk], dict)).toEqual(t);
  });

  it('pack minute-resolution sorted times into narrow deltas and give them back', () => {
    const t = tableOf(Array.from({ length: 1000 }, (_, i) => row(String(i), i)), dict);
    const [chunk] = encodeOrders(t);
    expect(chunk.time).toMatchObject({ kind: 'delta', scale: 60, bits: 0 });
    expect(decodeOrders([chunk], dict).time).toEqual(t.time);
  });
});
