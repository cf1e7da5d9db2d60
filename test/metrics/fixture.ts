import { computeScores } from '../../core/engine/compute-scores.ts';
import { defaultSettings } from '../../core/engine/empty-dataset.ts';
import type { Customer } from '../../core/model/customer.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { dayOfIso } from '../../core/model/dates.ts';
import type { OrderTable } from '../../core/model/orders.ts';
import { defaultRfmSettings } from '../../core/rfm/default-settings.ts';

export const AS_OF = '2026-11-01';

export function customer(id: string, fields: Partial<Customer> = {}): Customer {
  return { id, externalIds: [id], emails: [], phones: [], tags: [], attributes: {}, updatedAt: 0, ...fields };
}

export interface OrderRow {
  customer: number;
  date: string;
  amount: number;
  counted?: boolean;
  channel?: string;
  category?: string;
}

export function orderTable(rows: readonly OrderRow[]): OrderTable {
  const dict = { currency: [''], channel: [''], category: [''] };
  const code = (list: string[], v: string | undefined) => {
    if (!v) return 0;
    const i = list.indexOf(v);
    return i >= 0 ? i : list.push(v) - 1;
  };
  const n = rows.length;
  return {
    length: n,
    orderId: rows.map((_, i) => `o${i}`),
    customer: Int32Array.from(rows, (r) => r.customer),
    // Noon of the calendar day, wall clock.
    time: Float64Array.from(rows, (r) => dayOfIso(r.date)! * 86400 + 43200),
    amount: Float64Array.from(rows, (r) => r.amount),
    counted: Uint8Array.from(rows, (r) => (r.counted === false ? 0 : 1)),
    items: new Uint32Array(n),
    currency: new Uint16Array(n),
    channel: Uint16Array.from(rows, (r) => code(dict.channel, r.channel)),
    category: Uint16Array.from(rows, (r) => code(dict.category, r.category)),
    dict,
    updatedAt: new Float64Array(n),
  };
}

/**
 * Six customers as of 2026-11-01 (retention period 90 days: previous = 2026-05-05..08-02,
 * current = 2026-08-03..11-01; churn after 180 days):
 * 0 Anna   F 1990-05-10 (36) Москва android [sport, health] NPS 10 — 10-20 1000 app Обувь, 07-01 3000 web Одежда,
 *          plus a cancelled 10-25 700 and a 12-01 5000 after as-of (neither counts)
 * 1 Boris  M 1980-11-02 (45) Санкт-Петербург ios [sport] NPS 6 — 03-01 2000 web Обувь (recency 245: churned)
 * 2 Carl   deleted, NPS 9 — 10-30 9999 app Обувь (never counts)
 * 3 Dana   no gender, Москва android [home] NPS 8 — no orders
 * 4 Eva    F 2000-01-01 (26) Москва ios [sport] — 06-10 500 app Одежда, 09-15 1500 app Обувь, 10-31 1000 app Обувь
 * 5 Fedor  M 1975-06-15 (51) Казань NPS 9 — 06-01 400 web Одежда (recency 153)
 */
export function smallDataset(): Dataset {
  const customers = [
    customer('a', { firstName: 'Anna', gender: 'F', birthDate: '1990-05-10', city: 'Москва', device: 'android', tags: ['sport', 'health'], nps: 10 }),
    customer('b', { firstName: 'Boris', gender: 'M', birthDate: '1980-11-02', city: 'Санкт-Петербург', device: 'ios', tags: ['sport'], nps: 6 }),
    customer('c', { firstName: 'Carl', gender: 'M', birthDate: '1970-01-01', city: 'Москва', nps: 9, deleted: true }),
    customer('d', { firstName: 'Dana', city: 'Москва', device: 'android', tags: ['home'], nps: 8 }),
    customer('e', { firstName: 'Eva', gender: 'F', birthDate: '2000-01-01', city: 'Москва', device: 'ios', tags: ['sport'] }),
    customer('f', { firstName: 'Fedor', gender: 'M', birthDate: '1975-06-15', city: 'Казань', nps: 9 }),
  ];
  const orders = orderTable([
    { customer: 0, date: '2026-10-20', amount: 1000, channel: 'app', category: 'Обувь' },
    { customer: 0, date: '2026-07-01', amount: 3000, channel: 'web', category: 'Одежда' },
    { customer: 0, date: '2026-10-25', amount: 700, counted: false, channel: 'app', category: 'Сумки' },
    { customer: 0, date: '2026-12-01', amount: 5000, channel: 'app', category: 'Сумки' },
    { customer: 1, date: '2026-03-01', amount: 2000, channel: 'web', category: 'Обувь' },
    { customer: 2, date: '2026-10-30', amount: 9999, channel: 'app', category: 'Обувь' },
    { customer: 4, date: '2026-06-10', amount: 500, channel: 'app', category: 'Одежда' },
    { customer: 4, date: '2026-09-15', amount: 1500, channel: 'app', category: 'Обувь' },
    { customer: 4, date: '2026-10-31', amount: 1000, channel: 'app', category: 'Обувь' },
    { customer: 5, date: '2026-06-01', amount: 400, channel: 'web', category: 'Одежда' },
  ]);
  const settings = defaultSettings(0);
  const ds: Dataset = { customers, orders, imports: [], settings: { ...settings, rfm: defaultRfmSettings(AS_OF) } };
  ds.scores = computeScores(ds, ds.settings.rfm, 0);
  return ds;
}
