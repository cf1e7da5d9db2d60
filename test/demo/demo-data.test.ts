import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_CUSTOMERS_FILE, DEMO_ORDERS_FILE, demoFiles } from '../../core/demo/demo-data.ts';
import { dayOfIso } from '../../core/model/dates.ts';

const TODAY = '2026-05-20';

/** Cells of one CSV line (quoted cells hold commas, never quotes or newlines, in this data). */
function cells(line: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at <= line.length) {
    if (line[at] === '"') {
      const close = line.indexOf('"', at + 1);
      out.push(line.slice(at + 1, close));
      at = close + 2;
    } else {
      const comma = line.indexOf(',', at);
      const end = comma < 0 ? line.length : comma;
      out.push(line.slice(at, end));
      at = end + 1;
    }
  }
  return out;
}

function table(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trimEnd().split('\n');
  const names = header.split(',');
  return lines.map((line) => {
    const values = cells(line);
    expect(values.length).toBe(names.length);
    return Object.fromEntries(names.map((n, i) => [n, values[i]]));
  });
}

const demo = (() => {
  const [c, o] = demoFiles({ today: TODAY });
  return { c, o, customers: table(c.text), orders: table(o.text) };
})();
const cyrillic = /[А-Яа-яЁё]/;

describe('the demo data', () => {
  it('is the same text for the same seed and date, and differs for another seed or date', () => {
    fc.assert(
      fc.property(
        fc.nat(1000),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }),
        (seed, date) => {
          const today = date.toISOString().slice(0, 10);
          const options = { seed, today, customers: 200, orders: 1500 };
          const a = demoFiles(options);
          expect(demoFiles(options)).toEqual(a);
          expect(demoFiles({ ...options, seed: seed + 1 })[1].text).not.toBe(a[1].text);
          expect(demoFiles({ ...options, today: '1999-12-31' })[1].text).not.toBe(a[1].text);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('names its files demo-customers.csv and demo-orders.csv and holds 10,000 customers and 100,000 orders', () => {
    expect([demo.c.name, demo.o.name]).toEqual([DEMO_CUSTOMERS_FILE, DEMO_ORDERS_FILE]);
    expect([DEMO_CUSTOMERS_FILE, DEMO_ORDERS_FILE]).toEqual(['demo-customers.csv', 'demo-orders.csv']);
    expect(demo.customers.length).toBe(10_000);
    expect(demo.orders.length).toBe(100_000);
    expect(new Set(demo.customers.map((c) => c.customer_id)).size).toBe(10_000);
    expect(new Set(demo.orders.map((o) => o.order_id)).size).toBe(100_000);
  });

  it('has orders only in the three years before today, sorted by time, from known customers', () => {
    const ids = new Set(demo.customers.map((c) => c.customer_id));
    const dates = demo.orders.map((o) => o.order_date);
    expect(dates.every((d, i) => i === 0 || dates[i - 1] <= d)).toBe(true);
    expect(dates[0] >= '2023-05-20T00:00:00').toBe(true);
    expect(dates.at(-1)! < `${TODAY}T00:00:00`).toBe(true);
    expect(dates.at(-1)!.startsWith('2026-05-19')).toBe(true);
    expect(demo.orders.every((o) => ids.has(o.customer_id))).toBe(true);
  });

  it('leaves about a tenth of customers without any order', () => {
    const buyers = new Set(demo.orders.map((o) => o.customer_id));
    const never = 1 - buyers.size / demo.customers.length;
    expect(never).toBeGreaterThan(0.07);
    expect(never).toBeLessThan(0.13);
  });

  it('names most customers in Cyrillic, women with feminine surnames, some in Latin transliteration', () => {
    const ru = demo.customers.filter((c) => cyrillic.test(c.first_name + c.last_name));
    const share = ru.length / demo.customers.length;
    expect(share).toBeGreaterThan(0.72);
    expect(share).toBeLessThan(0.92);
    const women = ru.filter((c) => c.gender === 'F');
    expect(women.length).toBeGreaterThan(ru.length * 0.45);
    expect(women.filter((c) => /(ов|ев|ин|ий)$/i.test(c.last_name))).toEqual([]);
    expect(women.filter((c) => /(ова|ева|ина|ая)$/i.test(c.last_name)).length).toBeGreaterThan(women.length * 0.8);
    const latinRussian = demo.customers.filter((c) => /^[A-Z][a-z]+(ova|eva|ina|aya|ov|ev|in|iy)$/i.test(c.last_name));
    expect(latinRussian.length).toBeGreaterThan(200);
  });

  it('has unique emails, phones in several formats, Russian and CIS cities, and sparse profile fields', () => {
    const emails = demo.customers.map((c) => c.email).filter(Boolean);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.length / 10_000).toBeGreaterThan(0.9);
    const shapes = new Set(demo.customers.map((c) => c.phone.replace(/\d/g, '0')));
    expect(shapes.size).toBeGreaterThanOrEqual(6);
    const countries = new Set(demo.customers.map((c) => c.country));
    for (const country of ['RU', 'KZ', 'BY']) expect(countries.has(country)).toBe(true);
    expect(demo.customers.filter((c) => c.country === 'RU').length / 10_000).toBeGreaterThan(0.75);
    expect(demo.customers.some((c) => c.city === 'Washington, D.C.')).toBe(true);
    const nps = demo.customers.filter((c) => c.nps_score !== '').length / 10_000;
    expect(nps).toBeGreaterThan(0.2);
    expect(nps).toBeLessThan(0.4);
    expect(new Set(demo.customers.map((c) => c.marketing_consent))).toEqual(new Set(['true', 'false']));
    expect(demo.customers.every((c) => c.birth_date === '' || dayOfIso(c.birth_date)! < dayOfIso('2008-05-21')!)).toBe(true);
  });

  it('sells through the store, the web and the app, in Russian categories', () => {
    expect(new Set(demo.orders.map((o) => o.channel))).toEqual(new Set(['store', 'web', 'app']));
    const categories = new Set(demo.orders.map((o) => o.category));
    expect(categories.size).toBeGreaterThanOrEqual(10);
    for (const c of categories) expect(c).toMatch(cyrillic);
    expect(demo.orders.every((o) => /^\d+\.\d\d$/.test(o.amount) && Number(o.amount) >= 29)).toBe(true);
  });

  it('has more orders in December than in June, and a busy run-up to 8 March', () => {
    const perMonth = (ym: string) => demo.orders.filter((o) => o.order_date.startsWith(ym)).length;
    expect(perMonth('2025-12')).toBeGreaterThan(perMonth('2025-06') * 1.3);
    const days = (from: string, to: string) => demo.orders.filter((o) => o.order_date >= from && o.order_date < to).length;
    const march = days('2026-03-01', '2026-03-09') / 8;
    const february = days('2026-02-01', '2026-03-01') / 28;
    expect(march).toBeGreaterThan(february * 1.2);
  });

  it('has churned customers, recent ones, and Pareto-like spend', () => {
    const last = new Map<string, string>();
    const spend = new Map<string, number>();
    for (const o of demo.orders) {
      last.set(o.customer_id, o.order_date);
      spend.set(o.customer_id, (spend.get(o.customer_id) ?? 0) + Number(o.amount));
    }
    const lastDates = [...last.values()];
    const recent = lastDates.filter((d) => d >= '2026-02-20').length / lastDates.length;
    const lapsed = lastDates.filter((d) => d < '2025-05-20').length / lastDates.length;
    expect(recent).toBeGreaterThan(0.25);
    expect(lapsed).toBeGreaterThan(0.15);
    const sums = [...spend.values()].sort((a, b) => b - a);
    const total = sums.reduce((s, x) => s + x, 0);
    const top = sums.slice(0, Math.round(sums.length / 5)).reduce((s, x) => s + x, 0);
    expect(top / total).toBeGreaterThan(0.6);
  });
});
