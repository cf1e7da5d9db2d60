import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../core/model/dataset.ts';
import { importAll, readData } from './helpers.ts';

// The shared generator's pre-generated files (/work/shared/datasets/README.md): small sizes only.
const dataDir = (name: string) => `/work/data/${name}`;
const meta = (name: string) => JSON.parse(readFileSync(`${dataDir(name)}/meta.json`, 'utf8'));
const importDir = (name: string) => importAll([
  { name: 'customers.csv', bytes: readData(`${dataDir(name)}/customers.csv`) },
  { name: 'orders.csv', bytes: readData(`${dataDir(name)}/orders.csv`) },
]);

const CP1251 = new Set(new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i)));
/** A value as it survives a round trip through Windows-1251 (unmappable characters become `?`). */
function inCp1251<T>(v: T): T {
  if (typeof v === 'string') return [...v].map((ch) => (CP1251.has(ch) ? ch : '?')).join('') as T;
  if (Array.isArray(v)) return v.map(inCp1251) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, inCp1251(x)])) as T;
  return v;
}

function orderSummary(d: Dataset) {
  const o = d.orders;
  let total = 0, counted = 0;
  const perCustomer = new Map<number, number>();
  for (let i = 0; i < o.length; i++) {
    total += o.amount[i];
    counted += o.counted[i];
    perCustomer.set(o.customer[i], (perCustomer.get(o.customer[i]) ?? 0) + 1);
  }
  return { orders: o.length, distinctIds: new Set(o.orderId).size, total, counted, buyers: perCustomer.size, maxPerCustomer: Math.max(...perCustomer.values()) };
}

describe('generator datasets', () => {
  test('the dirty file yields exactly the planted problems per kind and its clean rows intact', async () => {
    const m = meta('dirty');
    const { dataset, records } = await importDir('dirty');
    const byCode: Record<string, number> = {};
    for (const r of records[1].rejected) byCode[r.code] = (byCode[r.code] ?? 0) + 1;
    expect(byCode).toEqual(m.dirty_by_kind);
    expect(records[0].rejected.filter((r) => !r.kept)).toEqual([]);
    expect(orderSummary(dataset)).toEqual({
      orders: m.orders_clean, distinctIds: m.orders_clean, total: Math.round(Number(m.total_amount) * 100), counted: m.orders_clean,
      buyers: m.buyers, maxPerCustomer: m.max_orders_per_customer,
    });
    expect(dataset.customers).toHaveLength(m.customers);
    expect(records[1].counts).toMatchObject({ rows: m.orders_clean + m.dirty_rows, ordersNew: m.orders_clean, ordersDuplicate: 25, rejected: 175 });
  });

  test('S and S-ru (Windows-1251, ;, decimal comma, dd.mm.yyyy hh:mm) give the same dataset', async () => {
    const std = (await importDir('S')).dataset;
    const ru = (await importDir('S-ru')).dataset;
    const m = meta('S');
    expect(orderSummary(std)).toMatchObject({ orders: m.orders_clean, total: Math.round(Number(m.total_amount) * 100), buyers: m.buyers });
    // Windows-1251 has no `ü`: the generator writes `?` for what the code page lacks (Müller → M?ller).
    expect(ru.customers).toEqual(std.customers.map((c) => inCp1251(c)));
    const { time: tStd, updatedAt: _a, ...restStd } = std.orders;
    const { time: tRu, updatedAt: _b, ...restRu } = ru.orders;
    expect(restRu).toEqual(restStd);
    // ru-excel writes order times without seconds: the same minute, the same calendar day.
    expect(Array.from(tRu)).toEqual(Array.from(tStd, (t) => t - (t % 60)));
  });

  test('importing S twice changes nothing but the import history', async () => {
    const once = await importDir('S');
    const twice = await importAll([
      { name: 'customers.csv', bytes: readData(`${dataDir('S')}/customers.csv`) },
      { name: 'orders.csv', bytes: readData(`${dataDir('S')}/orders.csv`) },
    ], once.dataset);
    expect({ ...twice.dataset, imports: [] }).toEqual({ ...once.dataset, imports: [] });
    expect(twice.records[1].counts).toMatchObject({ ordersNew: 0, ordersDuplicate: 100_000, customersNew: 0, customersMerged: 0 });
  });
});
