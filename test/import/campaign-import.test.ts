import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CAMPAIGN_EVENT } from '../../core/model/campaigns.ts';
import { importCampaignResults } from '../../core/import/campaign-import.ts';
import { readCampaignResults } from '../../core/import/campaign-reader.ts';
import { mergeCampaignRows } from '../../core/import/campaign-merge.ts';
import { ImportError } from '../../core/import/types.ts';
import { emptyDataset, utf8 } from './helpers.ts';
import { encode1251 } from './fixtures.ts';
import type { CampaignTable } from '../../core/model/campaigns.ts';
import type { Customer } from '../../core/model/customer.ts';
import type { Dataset } from '../../core/model/dataset.ts';
import type { ResolvedCampaignRow } from '../../core/import/campaign-identity.ts';

const NOW = Date.UTC(2026, 10, 1);
const { sent, opened, clicked, converted } = CAMPAIGN_EVENT;

const customer = (id: string, extra: Partial<Customer> = {}): Customer =>
  ({ id, externalIds: [id], emails: [], phones: [], tags: [], attributes: {}, updatedAt: 0, ...extra });

function dataset(): Dataset {
  return {
    ...emptyDataset(),
    customers: [
      customer('C001', { emails: ['anna@example.ru'], phones: ['+79161234567'] }),
      customer('shopify:7001', { externalIds: ['shopify:7001', 'crm-42'], emails: ['john@example.com'] }),
      customer('phone:+79031112233', { externalIds: [], phones: ['+79031112233'] }),
      customer('C004', { emails: ['gone@example.ru'], deleted: true }),
    ],
  };
}

/** Rows of a table as plain objects, for comparisons. */
function rowsOf(t: CampaignTable) {
  return Array.from({ length: t.length }, (_, i) => ({
    campaign: t.names[t.campaign[i]], customer: t.customer[i], events: t.events[i], revenue: t.revenue[i], cost: t.cost[i],
  }));
}

const STD = [
  'campaign,customer_id,email,phone,sent,opened,clicked,converted,revenue,cost',
  'spring-sale,C001,,,1,1,0,0,,1.50',
  'spring-sale,,JOHN@example.com,,yes,true,true,true,1234.50,1.50',
  'spring-sale,,,8 (903) 111-22-33,1,0,0,0,,1.50',
  'spring-sale,crm-42,,,1,1,1,0,0,1.50',
].join('\n');

describe('importCampaignResults', () => {
  test('reads a standard file and resolves customers by id, email, phone and external id', async () => {
    const ds = dataset();
    const r = await importCampaignResults(ds, utf8(STD), 'results.csv', { now: NOW });
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([[5, 'duplicate_campaign_row']]);
    expect(rowsOf(r.campaigns)).toEqual([
      { campaign: 'spring-sale', customer: 0, events: sent | opened, revenue: 0, cost: 150 },
      { campaign: 'spring-sale', customer: 1, events: sent | opened | clicked | converted, revenue: 123450, cost: 150 },
      { campaign: 'spring-sale', customer: 2, events: sent, revenue: 0, cost: 150 },
    ]);
    expect(r).toMatchObject({ rows: 4, added: 3, replaced: 0, unchanged: 0 });
    expect(Array.from(r.campaigns.updatedAt)).toEqual([NOW, NOW, NOW]);
    expect(ds.campaigns).toBeUndefined();
  });

  test.each([
    ['customer_id', 'C001', 0], ['customer_id', 'crm-42', 1], ['customer_id', 'shopify:7001', 1], ['email', ' Anna@Example.RU ', 0],
    ['phone', '+7 (916) 123-45-67', 0], ['phone', '89031112233', 2], ['customer', 'john@example.com', 1], ['customer', 'crm-42', 1],
    ['customer', '8 903 111 22 33', 2], ['Клиент', "'C001", 0],
  ] as const)('a %s column holding %j finds customer %i', async (column, value, position) => {
    const r = await importCampaignResults(dataset(), utf8(`campaign,${column},opened\nx,"${value}",1\n`), 'c.csv', { now: NOW });
    expect(r.rejected).toEqual([]);
    expect(rowsOf(r.campaigns).map((x) => x.customer)).toEqual([position]);
  });

  test('reads a Russian Excel file: Windows-1251, ;, decimal comma, Russian headers and values', async () => {
    const text = [
      'Рассылка;Клиент;Отправлено;Открыто;Переход;Покупка;Выручка;Расход',
      'Весенняя распродажа;anna@example.ru;да;ИСТИНА;нет;Нет;1 234,50;0,75',
      'Весенняя распродажа;+7 916 123-45-67;Да;12.05.2026 10:15;;;1234,50;0,75',
      'Весенняя распродажа;C001;1;1;1;1;99,90;0,75',
      'Летняя;shopify:7001;1;0;0;1;500,00;2,00',
    ].join('\r\n') + '\r\n';
    const bytes = encode1251(text);
    const r = await importCampaignResults(dataset(), bytes, 'итоги.csv', { now: NOW });
    expect(r.parsed.dialect).toMatchObject({ encoding: 'windows-1251', delimiter: ';', decimalComma: true });
    expect(r.campaigns.names).toEqual(['Весенняя распродажа', 'Летняя']);
    expect(rowsOf(r.campaigns)).toEqual([
      { campaign: 'Весенняя распродажа', customer: 0, events: sent | opened, revenue: 123450, cost: 75 },
      { campaign: 'Летняя', customer: 1, events: sent | converted, revenue: 50000, cost: 200 },
    ]);
    // Lines 2 and 3 are the same customer with the same values by email and by phone: once, with a warning;
    // line 4 names her by id with other values: rejected.
    expect(r.rejected.map((x) => [x.line, x.code, x.kept])).toEqual([[3, 'duplicate_campaign_row', true], [4, 'duplicate_campaign_row', false]]);
  });

  test('reports rejected rows with file, line, column, value and reason', async () => {
    const text = [
      'Campaign,Email,Opened,Revenue,Cost',
      ',anna@example.ru,1,,',
      'x,,1,,',
      'x,nobody@example.ru,1,,',
      'x,gone@example.ru,1,,',
      'x,anna@example.ru,maybe,,',
      'x,anna@example.ru,1,12 руб,',
      'x,anna@example.ru,1,,-5',
      'x,anna@example.ru,1,10.00,1.00',
    ].join('\n');
    const r = await importCampaignResults(dataset(), utf8(text), 'c.csv', { now: NOW });
    expect(r.rejected.map(({ file, line, column, value, code, kept }) => ({ file, line, column, value, code, kept }))).toEqual([
      { file: 'c.csv', line: 2, column: 'Campaign', value: '', code: 'missing_campaign', kept: false },
      { file: 'c.csv', line: 3, column: 'Email', value: '', code: 'missing_customer', kept: false },
      { file: 'c.csv', line: 4, column: 'Email', value: 'nobody@example.ru', code: 'unknown_customer', kept: false },
      { file: 'c.csv', line: 5, column: 'Email', value: 'gone@example.ru', code: 'deleted_customer', kept: false },
      { file: 'c.csv', line: 6, column: 'Opened', value: 'maybe', code: 'invalid_event', kept: false },
      { file: 'c.csv', line: 7, column: 'Revenue', value: '12 руб', code: 'invalid_amount', kept: false },
      { file: 'c.csv', line: 8, column: 'Cost', value: '-5', code: 'negative_amount', kept: false },
    ]);
    for (const x of r.rejected) expect(x.reason.length).toBeGreaterThan(5);
    expect(rowsOf(r.campaigns)).toEqual([{ campaign: 'x', customer: 0, events: sent | opened, revenue: 1000, cost: 100 }]);
    expect(r.rows).toBe(8);
  });

  test('re-importing a file changes nothing; a new file adds pairs and replaces the pairs it repeats', async () => {
    const ds = dataset();
    const first = await importCampaignResults(ds, utf8(STD), 'a.csv', { now: NOW });
    const again = await importCampaignResults({ ...ds, campaigns: first.campaigns }, utf8(STD), 'a.csv', { now: NOW + 1000 });
    expect(again).toMatchObject({ added: 0, replaced: 0, unchanged: 3 });
    expect(again.campaigns).toEqual(first.campaigns);
    const next = 'campaign,email,opened,converted,revenue\nspring-sale,anna@example.ru,1,1,500\nautumn,anna@example.ru,1,0,\n';
    const third = await importCampaignResults({ ...ds, campaigns: again.campaigns }, utf8(next), 'b.csv', { now: NOW + 2000 });
    expect(third).toMatchObject({ added: 1, replaced: 1, unchanged: 0 });
    expect(rowsOf(third.campaigns)[0]).toEqual({ campaign: 'spring-sale', customer: 0, events: sent | opened | converted, revenue: 50000, cost: 0 });
    expect(third.campaigns.updatedAt[0]).toBe(NOW + 2000);
    expect(third.campaigns.updatedAt[1]).toBe(NOW);
    expect(third.campaigns.names).toEqual(['spring-sale', 'autumn']);
    expect(rowsOf(first.campaigns)[0].events).toBe(sent | opened); // the earlier table is untouched
  });

  test('reads JSON with the same columns', async () => {
    const json = JSON.stringify([{ campaign: 'j', customer: 'anna@example.ru', clicked: 3, revenue: '10.5' }]);
    const r = await importCampaignResults(dataset(), utf8(json), 'c.json', { now: NOW });
    expect(rowsOf(r.campaigns)).toEqual([{ campaign: 'j', customer: 0, events: sent | clicked, revenue: 1050, cost: 0 }]);
  });

  test('a file without a customer or campaign column is refused', async () => {
    await expect(readCampaignResults(utf8('Campaign,Opened\nx,1\n'), 'c.csv')).rejects.toMatchObject({ code: 'no_customer_column' });
    await expect(readCampaignResults(utf8('Email,Opened\na@b.cc,1\n'), 'c.csv')).rejects.toBeInstanceOf(ImportError);
  });
});

describe('mergeCampaignRows', () => {
  const row = fc.record({
    line: fc.integer({ min: 2, max: 1000 }), campaign: fc.constantFrom('a', 'b', 'в'), customer: fc.integer({ min: 0, max: 5 }),
    events: fc.integer({ min: 0, max: 15 }), revenue: fc.nat(10_000), cost: fc.nat(100),
  });

  test('merging the same rows again leaves the table as it was, and never modifies its input', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 30 }), fc.array(row, { maxLength: 30 }), (a, b) => {
      const one = mergeCampaignRows(undefined, a, 'a.csv', 1).table;
      const two = mergeCampaignRows(one, b, 'b.csv', 2).table;
      const copy = structuredClone(two);
      const again = mergeCampaignRows(two, b, 'b.csv', 3);
      expect(again.table).toEqual(two);
      expect(again.added + again.replaced).toBe(0);
      expect(two).toEqual(copy);
    }));
  });

  test('each (campaign, customer) pair holds one row, with the values of the latest file that had it', () => {
    fc.assert(fc.property(fc.array(fc.array(row, { maxLength: 20 }), { maxLength: 4 }), (files) => {
      let table: CampaignTable | undefined;
      const expected = new Map<string, ResolvedCampaignRow>();
      files.forEach((rows, k) => {
        table = mergeCampaignRows(table, rows, `f${k}.csv`, k).table;
        const firstInFile = new Map<string, ResolvedCampaignRow>();
        for (const r of rows) if (!firstInFile.has(`${r.campaign}|${r.customer}`)) firstInFile.set(`${r.campaign}|${r.customer}`, r);
        for (const [key, r] of firstInFile) expected.set(key, r);
      });
      const got = table ? rowsOf(table) : [];
      expect(got.length).toBe(expected.size);
      for (const g of got) {
        const e = expected.get(`${g.campaign}|${g.customer}`);
        expect(e && { events: e.events, revenue: e.revenue, cost: e.cost }).toEqual({ events: g.events, revenue: g.revenue, cost: g.cost });
      }
    }));
  });
});
