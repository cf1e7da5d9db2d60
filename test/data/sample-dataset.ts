import type { Customer } from '../../core/model/customer.ts';
import type { CustomerScores, Dataset } from '../../core/model/dataset.ts';
import type { ImportRecord } from '../../core/model/import-record.ts';
import { isoOfDay } from '../../core/model/dates.ts';
import { rfmSettings, settings, tableOf, type PlainOrder } from './arbitraries.ts';

/** Deterministic pseudo-random numbers (mulberry32), so sample data is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Мария', 'Иван', 'Darya', 'Олег', 'Анна', 'John'];
const LAST = ['Ерёменко', 'Иванов', 'Medvedeva', 'Смирнова', 'Smith'];
const CITIES = ['Москва', 'Казань', 'Астана', 'Washington, D.C.', 'Пермь'];
const TAGS = ['sport', 'health', 'home', 'books', 'outdoor'];

/** A CRM-like dataset of `customers` / `orders` rows (orders sorted by time, numeric ids). */
export function sampleDataset(customers: number, orders: number, seed = 1): Dataset {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const importedAt = 1_790_000_000_000;
  const cs: Customer[] = [];
  for (let i = 0; i < customers; i++) {
    const id = `C${String(i + 1).padStart(7, '0')}`;
    const c: Customer = {
      id,
      externalIds: [id],
      emails: rnd() < 0.93 ? [`user${i}@example.ru`] : [],
      phones: rnd() < 0.95 ? [`+79${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`] : [],
      firstName: pick(FIRST),
      lastName: pick(LAST),
      gender: rnd() < 0.5 ? 'F' : 'M',
      city: pick(CITIES),
      region: pick(CITIES),
      country: rnd() < 0.9 ? 'RU' : 'KZ',
      language: 'ru',
      signupDate: isoOfDay(19000 + Math.floor(rnd() * 1000)),
      tags: rnd() < 0.5 ? [pick(TAGS)] : [],
      consent: rnd() < 0.7,
      attributes: rnd() < 0.1 ? { 'Размер': 'XL' } : {},
      updatedAt: importedAt,
    };
    if (rnd() < 0.8) c.birthDate = isoOfDay(-3000 + Math.floor(rnd() * 15000));
    if (rnd() < 0.3) c.nps = Math.floor(rnd() * 11);
    if (i % 97 === 5) c.deleted = true;
    cs.push(c);
  }
  const rows: PlainOrder[] = [];
  let time = 1_698_796_800;
  for (let i = 0; i < orders; i++) {
    time += Math.floor(rnd() * 190);
    rows.push({
      orderId: String(10_000_000 + i),
      customer: Math.floor(rnd() * customers),
      time,
      amount: rnd() < 0.7 ? Math.floor(rnd() * 5000) * 100 : Math.floor(rnd() * 500_000),
      counted: rnd() < 0.97 ? 1 : 0,
      items: 1 + Math.floor(rnd() * 5),
      currency: 1,
      channel: 1 + Math.floor(rnd() * 3),
      category: 1 + Math.floor(rnd() * 8),
      updatedAt: importedAt,
    });
  }
  const dict = {
    currency: ['', 'RUB'],
    channel: ['', 'store', 'web', 'app'],
    category: ['', 'Одежда', 'Обувь', 'Косметика', 'Дом и сад', 'Электроника', 'Книги', 'Спорт', 'Детям'],
  };
  return { customers: cs, orders: tableOf(rows, dict), scores: sampleScores(customers, rnd), imports: [], settings };
}

function sampleScores(n: number, rnd: () => number): CustomerScores {
  const r = Uint8Array.from({ length: n }, () => Math.floor(rnd() * 6));
  return {
    input: {
      count: n,
      recencyDays: Int32Array.from({ length: n }, () => Math.floor(rnd() * 1100)),
      frequency: Int32Array.from({ length: n }, () => Math.floor(rnd() * 50)),
      monetary: Float64Array.from({ length: n }, () => Math.floor(rnd() * 1e7)),
    },
    scores: {
      r, f: r.map(() => Math.floor(rnd() * 6)), m: r.map(() => Math.floor(rnd() * 6)), fm: r.map(() => Math.floor(rnd() * 6)),
      segment: Int16Array.from(r, (v) => (v === 0 ? -1 : Math.floor(rnd() * 10))),
      scored: r.filter((v) => v > 0).length,
      settings: rfmSettings,
    },
    firstDay: Int32Array.from({ length: n }, () => 19000 + Math.floor(rnd() * 1000)),
    lastDay: Int32Array.from({ length: n }, () => 19500 + Math.floor(rnd() * 600)),
    computedAt: 1_790_000_000_500,
  };
}

export function sampleImport(id: string, importedAt: number, rejected = 3): ImportRecord {
  return {
    id,
    fileName: 'заказы.csv',
    contentHash: 'ab'.repeat(32),
    source: 'generic-orders',
    dialect: { encoding: 'windows-1251', bom: false, delimiter: ';', decimalComma: true, dateOrder: 'dmy', dateOrderCandidates: ['dmy'] },
    importedAt,
    counts: { rows: 10, customersNew: 3, customersMerged: 1, ordersNew: 7, ordersDuplicate: 0, ordersUnknownCustomer: 0, rejected },
    rejected: Array.from({ length: rejected }, (_, i) => ({
      file: 'заказы.csv', line: i + 2, column: 'order_date', value: '31.02.2025', code: 'unparsable_date', reason: 'Not a real calendar date',
    })),
    updatedAt: importedAt,
  };
}
