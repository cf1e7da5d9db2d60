import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { mergeImport, mergeImports } from '../../core/import/merge.ts';
import { readImport } from '../../core/import/read-import.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import { emptyDataset, importAll, NOW, readData, utf8 } from './helpers.ts';

const file = (name: string, text: string) => ({ name, bytes: utf8(text) });
const fixture = (name: string) => ({ name, bytes: readData(`test/fixtures/${name}`) });
const withoutImports = (d: Dataset) => ({ ...d, imports: [] });
const ordersOf = (d: Dataset) => Array.from({ length: d.orders.length }, (_, i) => ({
  id: d.orders.orderId[i], customer: d.customers[d.orders.customer[i]].id, amount: d.orders.amount[i], counted: d.orders.counted[i],
}));

const CUSTOMERS = 'customer_id,email,phone,first_name,city\nC1,anna@example.com,+7 916 111-11-11,Анна,Казань\nC2,,8 903 222-22-22,Борис,\n';

describe('mergeImport', () => {
  test('links orders to customers by id, by email and by phone across files', async () => {
    const { dataset } = await importAll([
      file('customers.csv', CUSTOMERS),
      file('orders.csv', 'order_id,customer_id,order_date,amount\n1,C1,2026-01-01,10.00\n'),
      file('shop.csv', 'order_id,email,order_date,amount\n2,ANNA@example.com ,2026-01-02,20.00\n'),
      file('pos.csv', 'order_id,phone,order_date,amount\n3,+79032222222,2026-01-03,30.00\n'),
    ]);
    expect(dataset.customers.map((c) => c.id)).toEqual(['C1', 'C2']);
    expect(ordersOf(dataset).map((o) => o.customer)).toEqual(['C1', 'C1', 'C2']);
  });

  test('a customers file overwrites fields and unions emails and phones; an orders file only fills blanks', async () => {
    const { dataset } = await importAll([
      file('customers.csv', CUSTOMERS),
      file('update.csv', 'customer_id,email,city,Любимый цвет\nC1,anna.work@example.com,Самара,синий\n'),
      file('shop.csv', 'order_id,email,name,order_date,amount\n9,anna@example.com,Anna Smith,2026-01-02,20.00\n9b,new@example.com,Nina Roth,2026-01-02,1.00\n'),
    ]);
    expect(dataset.customers[0]).toMatchObject({
      id: 'C1', firstName: 'Анна', lastName: 'Smith', city: 'Самара', emails: ['anna@example.com', 'anna.work@example.com'],
      phones: ['+79161111111'], externalIds: ['C1'], attributes: { 'Любимый цвет': 'синий' }, updatedAt: NOW,
    });
    expect(dataset.customers[2]).toMatchObject({ id: 'email:new@example.com', firstName: 'Nina', lastName: 'Roth', externalIds: [] });
  });

  test('importing the same files twice gives the same dataset as once, apart from the import history', async () => {
    const files = [
      fixture('shopify-customers-v2024.csv'), fixture('shopify-orders-v2024.csv'), fixture('woocommerce-orders-advanced-v3.csv'),
      fixture('bitrix24-contacts-utf8.csv'), fixture('bitrix24-deals-utf8.csv'), fixture('amocrm-contacts-v2025.csv'),
      fixture('amocrm-leads-v2025.csv'), fixture('customers-v1.json'), fixture('orders-v1.ndjson'),
    ];
    const once = await importAll(files);
    const twice = await importAll(files, once.dataset);
    expect(withoutImports(twice.dataset)).toEqual(withoutImports(once.dataset));
    for (const r of twice.records) {
      expect(r.counts).toMatchObject({ customersNew: 0, customersMerged: 0, ordersNew: 0, ordersUnknownCustomer: 0 });
    }
    expect(twice.records[1].counts.ordersDuplicate).toBe(8);
  });

  test('keeps an order whose customer id is in no customers file, creates the customer and warns', async () => {
    const { dataset, records } = await importAll([file('customers.csv', CUSTOMERS),
      file('orders.csv', 'order_id,customer_id,order_date,amount\n1,C1,2026-01-01,1.00\n2,C9,2026-01-02,2.00\n3,C9,2026-01-03,3.00\n')]);
    expect(ordersOf(dataset).map((o) => o.customer)).toEqual(['C1', 'C9', 'C9']);
    expect(dataset.customers[2]).toMatchObject({ id: 'C9', externalIds: ['C9'], emails: [], phones: [] });
    expect(records[1].counts).toMatchObject({ customersNew: 1, ordersNew: 3, ordersUnknownCustomer: 2, rejected: 0 });
    expect(records[1].rejected.map((r) => [r.line, r.code, r.value, r.kept])).toEqual([
      [3, 'unknown_customer_id', 'C9', true], [4, 'unknown_customer_id', 'C9', true],
    ]);
  });

  test('imports an exact repeat of a row once and rejects the same id with other content, reporting both', async () => {
    const { dataset, records } = await importAll([file('customers.csv', CUSTOMERS), file('orders.csv',
      'order_id,customer_id,order_date,amount\n1,C1,2026-01-01,1.00\n1,C1,2026-01-01,1.00\n1,C1,2026-01-01,5.00\n')]);
    expect(ordersOf(dataset)).toEqual([{ id: '1', customer: 'C1', amount: 100, counted: 1 }]);
    expect(records[1].counts).toMatchObject({ ordersNew: 1, ordersDuplicate: 1, rejected: 1 });
    expect(records[1].rejected.map((r) => [r.line, r.code, r.kept])).toEqual([[3, 'duplicate_order_id', false], [4, 'duplicate_order_id', false]]);
  });

  test('reports a row once, under its first problem: an unknown customer before a clashing order id', async () => {
    const { dataset, records } = await importAll([file('customers.csv', CUSTOMERS), file('orders.csv',
      'order_id,customer_id,order_date,amount,category\n1,C1,2026-01-01,1.00,A\n1,C7,2026-01-01,1.00,A\n1,C1,2026-01-01,1.00,Одежда "Premium\n')]);
    expect(ordersOf(dataset)).toEqual([{ id: '1', customer: 'C1', amount: 100, counted: 1 }]);
    expect(dataset.customers.map((c) => c.id)).toEqual(['C1', 'C2']);
    expect(records[1].rejected.map((r) => [r.line, r.code, r.kept])).toEqual([[3, 'unknown_customer_id', false], [4, 'stray_quote', false]]);
    expect(records[1].rejected[0].reason).toMatch(/in no customers file.*already used on line 2/);
    expect(records[1].counts).toMatchObject({ ordersNew: 1, ordersDuplicate: 0, ordersUnknownCustomer: 0, rejected: 2 });
  });

  test('replaces an order that a newer import shows with other content (a later refund)', async () => {
    const head = 'order_id,email,order_date,amount,status\n';
    const { dataset, records } = await importAll([
      file('may.csv', `${head}1,a@x.com,2026-05-01,10.00,paid\n2,a@x.com,2026-05-02,20.00,paid\n`),
      file('june.csv', `${head}1,a@x.com,2026-05-01,10.00,refunded\n2,a@x.com,2026-05-02,20.00,paid\n3,a@x.com,2026-06-01,5.00,paid\n`),
    ]);
    expect(ordersOf(dataset).map((o) => [o.id, o.counted])).toEqual([['1', 0], ['2', 1], ['3', 1]]);
    expect(records[1].counts).toMatchObject({ ordersNew: 1, ordersDuplicate: 1 });
  });

  test('links Bitrix24 deals to Bitrix24 contacts by name and creates a customer for an unknown name', async () => {
    const { dataset } = await importAll([fixture('bitrix24-contacts-utf8.csv'), fixture('bitrix24-deals-utf8.csv')]);
    expect(ordersOf(dataset).map((o) => o.customer)).toEqual(['bitrix24:15', 'bitrix24:15', 'bitrix24:16', 'bitrix24:16', 'name:олег новиков']);
  });

  test('never changes the dataset it is given', async () => {
    const { dataset } = await importAll([file('customers.csv', CUSTOMERS), file('orders.csv', 'order_id,customer_id,order_date,amount\n1,C1,2026-01-01,1.00\n')]);
    const before = structuredClone(dataset);
    const parsed = await readImport(utf8('order_id,customer_id,order_date,amount,category\n1,C1,2026-01-01,9.00,X\n2,C2,2026-01-02,1.00,Y\n'), 'o2.csv');
    const after = await mergeImport(dataset, parsed, { now: NOW + 1 });
    expect(dataset).toEqual(before);
    expect(after.dataset.orders.length).toBe(2);
    expect(after.dataset.customers[0]).toBe(dataset.customers[0]);
  });

  test('an aborted merge throws and leaves the dataset as it was', async () => {
    const dataset = emptyDataset();
    const before = structuredClone(dataset);
    const parsed = await readImport(utf8('order_id,customer_id,order_date,amount\n1,C1,2026-01-01,1.00\n'), 'o.csv');
    const controller = new AbortController();
    controller.abort();
    await expect(mergeImport(dataset, parsed, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(dataset).toEqual(before);
  });

  test('records the file, its SHA-256, the importer, the dialect and the counts', async () => {
    const bytes = new Uint8Array(new TextEncoder().encode(CUSTOMERS));
    const parsed = await readImport(bytes, 'customers.csv');
    const { record, dataset } = await mergeImport(emptyDataset(), parsed, { now: NOW, importId: 'imp-1' });
    const expectedHash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)), (b) => b.toString(16).padStart(2, '0')).join('');
    expect(record).toEqual({
      id: 'imp-1', fileName: 'customers.csv', contentHash: expectedHash, source: 'generic-customers', dialect: parsed.dialect,
      importedAt: NOW, updatedAt: NOW, rejected: [],
      counts: { rows: 2, customersNew: 2, customersMerged: 0, ordersNew: 0, ordersDuplicate: 0, ordersUnknownCustomer: 0, rejected: 0 },
    });
    expect(dataset.imports).toEqual([record]);
  });
});

describe('mergeImports', () => {
  test('merges customers files before orders files, so orders find their customers', async () => {
    const orders = await readImport(utf8('order_id,customer_id,order_date,amount\n1,C1,2026-01-01,1.00\n'), 'orders.csv');
    const customers = await readImport(utf8(CUSTOMERS), 'customers.csv');
    const { dataset, records } = await mergeImports(emptyDataset(), [orders, customers], { now: NOW });
    expect(records.map((r) => r.fileName)).toEqual(['customers.csv', 'orders.csv']);
    expect(records[1].rejected).toEqual([]);
    expect(dataset.customers[dataset.orders.customer[0]].firstName).toBe('Анна');
  });
});

describe('merging a customers file into no customers', () => {
  const row = fc.tuple(fc.constantFrom('C1', 'C2', 'C3', 'C4', '', 'bitrix24:7'), fc.constantFrom('a@x.ru', 'b@x.ru', 'A@X.RU', ''),
    fc.constantFrom('+7 916 111-11-11', '8 903 222 22 22', ''), fc.constantFrom('Анна', 'Борис', ''));

  test('gives what looking every row up gives, when only rows that share a key are looked up', async () => {
    await fc.assert(fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
      const csv = 'customer_id,email,phone,first_name\n' + rows.map((r) => r.join(',')).join('\n') + '\n';
      const parsed = await readImport(utf8(csv), 'customers.csv', { contentHash: Promise.resolve('') });
      const orders = await readImport(utf8('order_id,customer_id,order_date,amount\n1,C1,2026-01-01,1.00\n2,C9,2026-01-02,2.00\n'), 'orders.csv',
        { contentHash: Promise.resolve('') });
      expect(parsed.keyShared).toBeDefined();
      const opts = { now: NOW, importId: 'x' };
      const alone = await mergeImports(emptyDataset(), [parsed, orders], opts);
      const looked = await mergeImports(emptyDataset(), [{ ...parsed, keyShared: undefined }, orders], opts);
      for (const r of [...alone.records, ...looked.records]) r.id = 'x';
      expect(alone).toEqual(looked);
    }), { numRuns: 300 });
  });
});

describe('merging parsed imports the merge may consume', () => {
  test('gives the same datasets as copying their lists', async () => {
    const names = ['shopify-customers-v2024.csv', 'shopify-orders-v2024.csv', 'bitrix24-contacts-utf8.csv', 'bitrix24-deals-utf8.csv',
      'customers-v1.json', 'orders-v1.ndjson'];
    const read = () => Promise.all(names.map((n) => readImport(readData(`test/fixtures/${n}`), n, { contentHash: Promise.resolve('') })));
    const opts = { now: NOW, importId: 'x' };
    const copied = await mergeImports(emptyDataset(), await read(), opts);
    const consumed = await mergeImports(emptyDataset(), await read(), { ...opts, consume: true });
    for (const r of [...copied.records, ...consumed.records]) r.id = 'x';
    expect(consumed).toEqual(copied);
    const again = await mergeImports(consumed.dataset, await read(), { ...opts, consume: true });
    expect(again.dataset.customers).toEqual(consumed.dataset.customers);
  });
});

