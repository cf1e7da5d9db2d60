import fc from 'fast-check';
import type { Customer } from '../../core/model/customer.ts';
import type { CustomerScores, Dataset, Settings } from '../../core/model/dataset.ts';
import type { ImportRecord } from '../../core/model/import-record.ts';
import type { OrderTable } from '../../core/model/orders.ts';
import { isoOfDay } from '../../core/model/dates.ts';
import type { RfmSettings } from '../../core/rfm/types.ts';

/** Text with the awkward cases: separators our packing uses, Cyrillic, emoji, lone surrogates, ''. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('', ' ', 'Москва', 'Ёлка', '😀👍🏽', 'a\u0000b', '\u0001', '\u001f\u001e', 'x\u001d\u001cy', ';', '"', '\ud800'),
  fc.string({ unit: fc.constantFrom('a', 'я', '\u0000', '\u0001', '😀', '\u001f', '\u001e', '\u001d', '\u001c'), maxLength: 6 }),
);

const isoDateArb = fc.oneof(
  fc.integer({ min: -719162, max: 2932896 }).map(isoOfDay),
  fc.constantFrom('', '1990-02-30', '01.02.1990', 'unknown', '1990-1-2'),
);

const moneyArb = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.integer({ min: 2 ** 31, max: 2 ** 45 }),
  fc.constantFrom(0, -0, 2 ** 53 - 1, -(2 ** 53) + 1),
  fc.double(),
);

export const customerArb: fc.Arbitrary<Customer> = fc
  .tuple(
    fc.record(
      {
        id: textArb,
        emails: fc.array(textArb, { maxLength: 3 }),
        phones: fc.array(textArb, { maxLength: 2 }),
        firstName: textArb,
        lastName: textArb,
        middleName: textArb,
        gender: fc.constantFrom<'M' | 'F'>('M', 'F'),
        birthDate: isoDateArb,
        city: fc.oneof(textArb, fc.constantFrom('Москва', 'Санкт-Петербург', 'Washington, D.C.')),
        region: textArb,
        country: fc.constantFrom('RU', 'KZ', 'Россия', ''),
        language: fc.constantFrom('ru', 'en'),
        signupDate: isoDateArb,
        device: fc.constantFrom('android', 'ios', 'web'),
        tags: fc.array(textArb, { maxLength: 4 }),
        consent: fc.boolean(),
        nps: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double()),
        attributes: fc.dictionary(textArb, textArb, { maxKeys: 3, noNullPrototype: true }),
        updatedAt: fc.oneof(fc.integer({ min: 0, max: 2 ** 42 }), fc.double()),
        deleted: fc.boolean(),
      },
      {
        requiredKeys: ['id', 'emails', 'phones', 'tags', 'attributes', 'updatedAt'],
        noNullPrototype: true,
      },
    ),
    fc.oneof(fc.constant('same' as const), fc.constant('none' as const), fc.array(textArb, { maxLength: 3 })),
  )
  .map(([c, x]) => {
    const externalIds = x === 'same' ? [c.id] : x === 'none' ? [] : x;
    const { id, ...rest } = c;
    return { id, externalIds, ...rest };
  });

const dictArb = fc.array(textArb, { maxLength: 3 }).map((xs) => ['', ...xs]);

export function orderTableArb(customers: number, maxOrders = 40): fc.Arbitrary<OrderTable> {
  if (customers === 0) return fc.constant(emptyOrders());
  return fc
    .tuple(dictArb, dictArb, dictArb, fc.integer({ min: 0, max: 2 ** 40 }))
    .chain(([currency, channel, category, idBase]) =>
      fc
        .array(
          fc.record({
            orderId: fc.oneof(
              fc.nat({ max: 1000 }).map((n) => String(idBase + n)),
              textArb,
              fc.constantFrom('007', '1e3', '-5', '9007199254740993', '0', ' 12'),
            ),
            customer: fc.integer({ min: 0, max: customers - 1 }),
            time: fc.oneof(fc.integer({ min: -(2 ** 33), max: 2 ** 33 }), fc.integer({ min: 0, max: 30000 }).map((d) => d * 86400), fc.double()),
            amount: moneyArb,
            counted: fc.integer({ min: 0, max: 1 }),
            items: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })),
            currency: fc.nat({ max: currency.length - 1 }),
            channel: fc.nat({ max: channel.length - 1 }),
            category: fc.nat({ max: category.length - 1 }),
            updatedAt: fc.oneof(fc.constant(1_790_000_000_000), fc.integer({ min: 0, max: 2 ** 42 })),
          }),
          { maxLength: maxOrders },
        )
        .map((rows) => tableOf(rows, { currency, channel, category })),
    );
}

export interface PlainOrder {
  orderId: string;
  customer: number;
  time: number;
  amount: number;
  counted: number;
  items: number;
  currency: number;
  channel: number;
  category: number;
  updatedAt: number;
}

export function tableOf(rows: readonly PlainOrder[], dict: OrderTable['dict']): OrderTable {
  return {
    length: rows.length,
    orderId: rows.map((r) => r.orderId),
    customer: Int32Array.from(rows, (r) => r.customer),
    time: Float64Array.from(rows, (r) => r.time),
    amount: Float64Array.from(rows, (r) => r.amount),
    counted: Uint8Array.from(rows, (r) => r.counted),
    items: Uint32Array.from(rows, (r) => r.items),
    currency: Uint16Array.from(rows, (r) => r.currency),
    channel: Uint16Array.from(rows, (r) => r.channel),
    category: Uint16Array.from(rows, (r) => r.category),
    dict,
    updatedAt: Float64Array.from(rows, (r) => r.updatedAt),
  };
}

export function emptyOrders(): OrderTable {
  return tableOf([], { currency: [''], channel: [''], category: [''] });
}

export const rfmSettings: RfmSettings = {
  asOf: '2026-11-01',
  classes: 5,
  recency: { kind: 'quantile' },
  frequency: { kind: 'thresholds', bounds: [2, 3, 5, 8] },
  monetary: { kind: 'quantile' },
  segmentMap: { segments: ['Champions', 'Lost'], cells: [[1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, -1, 0]] },
};

export const settings: Settings = { rfm: rfmSettings, defaultPhoneCountry: 'RU', updatedAt: 1_790_000_000_000 };

export function scoresArb(n: number): fc.Arbitrary<CustomerScores> {
  const ints = (min: number, max: number) => fc.array(fc.integer({ min, max }), { minLength: n, maxLength: n });
  return fc
    .record({
      recency: ints(-1, 5000), frequency: ints(0, 600), monetary: fc.array(moneyArb, { minLength: n, maxLength: n }),
      r: ints(0, 5), f: ints(0, 5), m: ints(0, 5), fm: ints(0, 5), segment: ints(-1, 10),
      firstDay: ints(-1, 30000), lastDay: ints(-1, 30000), computedAt: fc.integer({ min: 0, max: 2 ** 42 }),
    })
    .map((x) => ({
      input: { count: n, recencyDays: Int32Array.from(x.recency), frequency: Int32Array.from(x.frequency), monetary: Float64Array.from(x.monetary) },
      scores: {
        r: Uint8Array.from(x.r), f: Uint8Array.from(x.f), m: Uint8Array.from(x.m), fm: Uint8Array.from(x.fm),
        segment: Int16Array.from(x.segment), scored: x.r.filter((v) => v > 0).length, settings: rfmSettings,
      },
      firstDay: Int32Array.from(x.firstDay),
      lastDay: Int32Array.from(x.lastDay),
      computedAt: x.computedAt,
    }));
}

export const importArb: fc.Arbitrary<ImportRecord> = fc.record({
  id: fc.uuid(),
  fileName: textArb,
  contentHash: fc.stringMatching(/^[0-9a-f]{64}$/),
  source: fc.constantFrom('generic-orders', 'bitrix24-contacts'),
  dialect: fc.record({
    encoding: fc.constantFrom('utf-8' as const, 'windows-1251' as const),
    bom: fc.boolean(),
    delimiter: fc.constantFrom(',' as const, ';' as const),
    decimalComma: fc.boolean(),
    dateOrder: fc.constantFrom('iso' as const, 'dmy' as const),
    dateOrderCandidates: fc.constant(['dmy' as const]),
  }),
  importedAt: fc.integer({ min: 0, max: 2 ** 42 }),
  counts: fc.record({
    rows: fc.nat(), customersNew: fc.nat(), customersMerged: fc.nat(), ordersNew: fc.nat(), ordersDuplicate: fc.nat(),
    ordersUnknownCustomer: fc.nat(), rejected: fc.nat(),
  }),
  rejected: fc.array(
    fc.record(
      { file: textArb, line: fc.nat({ max: 10_000_000 }), column: textArb, value: textArb, code: fc.constantFrom('missing_order_id', 'unparsable_date'), reason: textArb },
      { requiredKeys: ['file', 'line', 'value', 'code', 'reason'], noNullPrototype: true },
    ),
    { maxLength: 6 },
  ),
  updatedAt: fc.integer({ min: 0, max: 2 ** 42 }),
}, { noNullPrototype: true });

export const datasetArb: fc.Arbitrary<Dataset> = fc
  .array(customerArb, { maxLength: 12 })
  .chain((customers) =>
    fc.record({
      customers: fc.constant(customers),
      orders: orderTableArb(customers.length),
      scores: fc.option(scoresArb(customers.length), { nil: undefined }),
      imports: fc.uniqueArray(importArb, { maxLength: 2, selector: (r) => r.id }),
      settings: fc.constant(settings),
    }, { requiredKeys: ['customers', 'orders', 'imports', 'settings'], noNullPrototype: true }),
  );

const CUSTOMER_FIELDS: readonly (keyof Customer)[] = [
  'id', 'externalIds', 'emails', 'phones', 'firstName', 'lastName', 'middleName', 'gender', 'birthDate', 'city', 'region',
  'country', 'language', 'signupDate', 'device', 'tags', 'consent', 'nps', 'attributes', 'updatedAt', 'deleted',
];

/** The customer as the store gives it back: every field present, in interface order, undefined when absent. */
export function withAllFields(c: Customer): Customer {
  const out: Record<string, unknown> = {};
  for (const f of CUSTOMER_FIELDS) out[f] = c[f];
  return out as unknown as Customer;
}
