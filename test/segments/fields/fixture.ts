import { computeScores } from '../../../core/engine/compute-scores.ts';
import { defaultSettings } from '../../../core/engine/empty-dataset.ts';
import { dayOfIso } from '../../../core/model/dates.ts';
import { defaultRfmSettings } from '../../../core/rfm/default-settings.ts';
import { findField } from '../../../core/segments/fields/catalogue.ts';
import type { Customer } from '../../../core/model/customer.ts';
import type { Dataset } from '../../../core/model/dataset.ts';
import type { OrderTable } from '../../../core/model/orders.ts';
import type { FieldColumn, FieldContext } from '../../../core/segments/field.ts';

export const AS_OF = '2026-11-01';
export const TODAY = dayOfIso(AS_OF)!;

export function customer(id: string, fields: Partial<Customer> = {}): Customer {
  return { id, externalIds: [], emails: [], phones: [], tags: [], attributes: {}, updatedAt: 0, ...fields };
}

export interface OrderSpec {
  customer: number;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
  at: string;
  /** Minor units. */
  amount: number;
  channel?: string;
  category?: string;
  counted?: boolean;
}

const seconds = (at: string): number => {
  const [date, time = '00:00'] = at.split('T');
  const [h, m] = time.split(':').map(Number);
  return dayOfIso(date)! * 86400 + h * 3600 + m * 60;
};

export function orderTable(specs: readonly OrderSpec[]): OrderTable {
  const dict = { currency: ['', 'RUB'], channel: [''], category: [''] };
  const code = (list: string[], v = '') => (list.includes(v) ? list.indexOf(v) : list.push(v) - 1);
  const n = specs.length;
  return {
    length: n,
    orderId: specs.map((_, i) => `o${i}`),
    customer: Int32Array.from(specs, (s) => s.customer),
    time: Float64Array.from(specs, (s) => seconds(s.at)),
    amount: Float64Array.from(specs, (s) => s.amount),
    counted: Uint8Array.from(specs, (s) => (s.counted === false ? 0 : 1)),
    items: new Uint32Array(n),
    currency: new Uint16Array(n).fill(1),
    channel: Uint16Array.from(specs, (s) => code(dict.channel, s.channel)),
    category: Uint16Array.from(specs, (s) => code(dict.category, s.category)),
    dict,
    updatedAt: new Float64Array(n),
  };
}

/** A dataset with its scores computed as the engine does (deleted customers unscored), as of AS_OF. */
export function context(customers: Customer[], orders: OrderSpec[], extra: Partial<FieldContext> = {}): FieldContext {
  const ds: Dataset = { customers, orders: orderTable(orders), imports: [], settings: defaultSettings(0) };
  ds.settings.rfm = defaultRfmSettings(AS_OF);
  return { ds, scores: computeScores(ds, ds.settings.rfm, 0), today: TODAY, ...extra };
}

export function column(ctx: FieldContext, id: string, params: Record<string, number | string> = {}): FieldColumn {
  const field = findField(id, ctx.ds);
  if (!field) throw new Error(`no field ${id}`);
  const col = field.column(ctx, params);
  if (col.type !== field.type) throw new Error(`field ${id} is ${field.type} but its column is ${col.type}`);
  return col;
}

/** A column's values per customer in plain form: text → string | undefined, tags → string[], number/date → number | undefined, boolean → boolean | undefined. */
export function valuesOf(col: FieldColumn): unknown[] {
  switch (col.type) {
    case 'text':
      return Array.from(col.codes, (c) => (c < 0 ? undefined : col.dict[c]));
    case 'tags':
      return Array.from({ length: col.offsets.length - 1 }, (_, i) =>
        Array.from(col.codes.subarray(col.offsets[i], col.offsets[i + 1]), (c) => col.dict[c]));
    case 'number':
    case 'date':
      return Array.from(col.values, (v) => (Number.isNaN(v) ? undefined : v));
    case 'boolean':
      return Array.from(col.values, (v) => (v === 2 ? undefined : v === 1));
  }
}

export const values = (ctx: FieldContext, id: string, params?: Record<string, number | string>): unknown[] =>
  valuesOf(column(ctx, id, params));

export const day = (iso: string): number => dayOfIso(iso)!;

/**
 * The shared small dataset: 0 Анна (Russian attributes, four counted orders, one uncounted, one after
 * the as-of day), 1 Bob (English CRM columns, one order without category), 2 deleted (has everything),
 * 3 empty, 4 Carl (only an uncounted order and one after the as-of day), 5 Dana (app channel).
 */
export function sample(extra: Partial<FieldContext> = {}): FieldContext {
  const customers = [
    customer('anna', {
      gender: 'F', birthDate: '1990-11-01', city: 'Москва', region: 'Москва', country: 'RU', language: 'ru',
      tags: ['спорт', 'книги'], emails: ['anna@mail.ru'], phones: ['+79161234567'], device: 'iPhone 14', consent: true, nps: 10,
      signupDate: '2024-12-31',
      attributes: {
        'Семейное положение': 'замужем', 'Должность': 'Бухгалтер', 'Дети': '2', 'Уровень дохода': 'средний',
        'Образование': 'высшее', 'Магазин': 'ТЦ Европа', 'Ценности': 'семья, здоровье', 'Образ жизни': 'активный|спорт',
        'Канал связи': 'Telegram', 'Клубная карта': 'ДА', 'Баллы': '1 234,5', 'Дата визита': '15.03.2026', 'Комментарий': 'VIP',
      },
    }),
    customer('bob', {
      gender: 'M', birthDate: '1990-11-02', city: 'London', country: 'GB', language: 'en', device: 'Android phone', nps: 7,
      consent: false, emails: ['bob@example.co.uk'],
      attributes: {
        'Marital Status': 'single', 'Job Title': 'Engineer', 'Kids': 'no', 'Income': '50-100k', 'Education': 'MSc',
        'Favorite Store': 'Oxford St', 'Preferred Contact Method': 'email',
        'Last Activity Date': '2026-10-20 10:00', 'Last Activity Type': 'email', 'Клубная карта': 'нет', 'Баллы': '12.5',
        'Дата визита': '2026-03-16', 'Комментарий': '  ',
      },
    }),
    customer('gone', {
      deleted: true, gender: 'F', birthDate: '1980-01-01', city: 'Казань', tags: ['x'], emails: ['g@x.ru'], phones: ['+79000000000'],
      device: 'app', consent: true, nps: 9, signupDate: '2020-01-01',
      attributes: { 'Семейное положение': 'женат', 'Secret': 'x', 'Last Activity Date': '2026-10-01' },
    }),
    customer('empty'),
    customer('carl', { device: 'Windows PC', nps: 3, city: ' ', attributes: { 'Last Activity Date': '2026-12-01' } }),
    customer('dana', { device: 'Mac', nps: 0, city: 'москва', birthDate: '2000-02-29' }),
  ];
  const orders: OrderSpec[] = [
    { customer: 0, at: '2026-10-31T12:00', amount: 100000, channel: 'web', category: 'Книги' },
    { customer: 0, at: '2026-08-03T23:59', amount: 50000, channel: 'store', category: 'Одежда' },
    { customer: 0, at: '2026-08-04', amount: 30000, channel: 'store', category: 'Одежда' },
    { customer: 0, at: '2025-01-10', amount: 20000, channel: 'web', category: 'Книги' },
    { customer: 0, at: '2026-10-30', amount: 99999, channel: 'Приложение', category: 'Электроника', counted: false },
    { customer: 0, at: '2026-11-02T00:00', amount: 77777, channel: 'Приложение', category: 'Электроника' },
    { customer: 1, at: '2026-10-01', amount: 5000, channel: 'web' },
    { customer: 2, at: '2026-10-01', amount: 9000, channel: 'Приложение', category: 'Книги' },
    { customer: 4, at: '2026-11-05', amount: 1000, channel: 'web', category: 'Книги' },
    { customer: 4, at: '2026-10-01', amount: 1000, channel: 'web', category: 'Книги', counted: false },
    { customer: 5, at: '2026-06-01', amount: 7000, channel: 'Приложение', category: 'Одежда' },
    { customer: 5, at: '2026-07-01', amount: 3000, channel: 'Приложение', category: 'Одежда' },
  ];
  return context(customers, orders, extra);
}
