import { describe, expect, test } from 'vitest';
import { remapColumn } from '../../core/import/column-map.ts';
import { dialectSampleRanges } from '../../core/import/dialect-detect.ts';
import { inspectImport, readImport } from '../../core/import/read-import.ts';
import { ImportError } from '../../core/import/types.ts';
import type { ImportProgress } from '../../core/import/types.ts';
import { orderRows, readData, readFixture, utf8 } from './helpers.ts';
import { encode1251 } from './fixtures.ts';

describe('readImport', () => {
  test.each([
    ['shopify-orders-v2024.csv', 'shopify-orders'], ['shopify-customers-v2024.csv', 'shopify-customers'],
    ['shopify-customers-v2017.csv', 'shopify-customers'], ['woocommerce-orders-advanced-v3.csv', 'woocommerce-orders'],
    ['woocommerce-orders-snake-v1.csv', 'woocommerce-orders'], ['bitrix24-contacts-utf8.csv', 'bitrix24-contacts'],
    ['bitrix24-contacts-cp1251.csv', 'bitrix24-contacts'], ['bitrix24-deals-utf8.csv', 'bitrix24-deals'],
    ['amocrm-contacts-v2025.csv', 'amocrm-contacts'], ['amocrm-leads-v2025.csv', 'amocrm-leads'],
    ['hubspot-contacts-v2024.csv', 'hubspot-contacts'], ['mailchimp-subscribed-v2024.csv', 'mailchimp-audience'],
    ['customers-v1.json', 'generic-customers'], ['orders-v1.ndjson', 'generic-orders'],
  ])('detects %s as %s', async (file, source) => {
    expect((await readFixture(file)).source).toBe(source);
  });

  test('maps Shopify header drift (Cancelled at / Canceled at) to the same field', () => {
    for (const h of ['Cancelled at', 'Canceled at']) {
      const csv = `Name,Email,Financial Status,Total,Created at,Lineitem quantity,Lineitem name,${h}\n`;
      expect(inspectImport(utf8(csv), 'o.csv').mapping.columns[7].field).toBe('cancelledAt');
    }
  });

  test('refuses a file whose dates fit several orders throughout, and reads it once the user chooses', async () => {
    const csv = 'order_id,customer_id,order_date,amount\n1,C1,05/06/2026,1.00\n2,C1,07/08/2026,2.00\n';
    await expect(readImport(utf8(csv), 'o.csv')).rejects.toMatchObject({ code: 'ambiguous_date_order' });
    const p = await readImport(utf8(csv), 'o.csv', { dialect: { dateOrder: 'mdy' } });
    expect(orderRows(p).map((r) => r.date)).toEqual(['2026-05-06 00:00:00', '2026-07-08 00:00:00']);
  });

  test("decides the date order from the mapped date columns when detection's sample was ambiguous", async () => {
    // A date-sorted export whose sampled rows all fall on days 1-12: simulated by the detection result.
    const rows = Array.from({ length: 50 }, (_, i) => `${i};C1;0${1 + (i % 9)}.11.2023 10:00;1,00`).join('\r\n');
    const csv = `order_id;customer_id;order_date;amount\r\n${rows}\r\n99;C1;13.11.2023 10:00;1,00\r\n`;
    const p = await readImport(utf8(csv), 'o.csv', { dialect: { dateOrder: undefined, dateOrderCandidates: ['dmy', 'mdy'] } });
    expect(p.dialect.dateOrder).toBe('dmy');
    expect(p.dialect.dateOrderCandidates).toEqual(['dmy']);
    expect(orderRows(p).at(-1)?.date).toBe('2023-11-13 10:00:00');
  });

  test('uses the mapping the user changed', async () => {
    const csv = 'id,contact,when,sum\n1,a@x.com,2026-01-01,5\n';
    const preview = inspectImport(utf8(csv), 'o.csv', { importer: 'generic-orders' });
    const mapping = remapColumn(remapColumn(preview.mapping, 1, 'email'), 2, 'orderDate');
    const p = await readImport(utf8(csv), 'o.csv', { importer: 'generic-orders', mapping });
    expect(orderRows(p)).toMatchObject([{ id: '1', date: '2026-01-01 00:00:00', amount: 500 }]);
    expect(p.customers[0].emails).toEqual(['a@x.com']);
  });

  test('refuses a mapping made for other headers', async () => {
    const preview = inspectImport(utf8('email\na@x.com\n'), 'a.csv');
    await expect(readImport(utf8('phone\n123\n'), 'b.csv', { mapping: preview.mapping })).rejects.toMatchObject({ code: 'mapping_mismatch' });
  });

  test('refuses a file with no identity column as unknown_format', async () => {
    await expect(readImport(utf8('colour,size\nred,L\nblue,M\n'), 'x.csv')).rejects.toBeInstanceOf(ImportError);
    await expect(readImport(utf8('colour,size\nred,L\nblue,M\n'), 'x.csv')).rejects.toMatchObject({ code: 'unknown_format' });
  });

  test('inspectImport lists the candidate importers best first', () => {
    const preview = inspectImport(readData('test/fixtures/shopify-orders-v2024.csv'), 'orders_export.csv');
    expect(preview.importer.id).toBe('shopify-orders');
    expect(preview.candidates.map((c) => c.id)).toContain('generic-orders');
    expect(preview.candidates[0].score).toBeGreaterThan(preview.candidates[1].score);
  });

  test('hashes the bytes with SHA-256 and leaves them unchanged', async () => {
    const bytes = utf8('order_id,customer_id,order_date,amount,category\n1,C1,2026-01-01,1.00,"a ""b"" c"\n');
    const copy = bytes.slice();
    const p = await readImport(bytes, 'o.csv');
    expect(p.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(bytes).toEqual(copy);
    expect(orderRows(p)[0].category).toBe('a "b" c');
  });

  test('reports progress and stops with the abort reason when aborted between chunks', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i},C${i % 100},2026-01-01T10:00:00,1.00,RUB,web,A,1`).join('\n');
    const bytes = utf8(`order_id,customer_id,order_date,amount,currency,channel,category,items\n${rows}\n`);
    const seen: ImportProgress[] = [];
    const done = await readImport(bytes, 'big.csv', { onProgress: (p) => seen.push(p) });
    expect(done.orders?.length).toBe(200_000);
    expect(seen.some((p) => p.phase === 'parsing' && (p.fraction ?? 0) > 0 && (p.fraction ?? 0) < 1)).toBe(true);
    const controller = new AbortController();
    const aborted = readImport(bytes, 'big.csv', {
      onProgress: (p) => { if (p.phase === 'parsing' && p.rowsRead > 0) controller.abort(); },
      signal: controller.signal,
    });
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
  });

  describe('a file larger than what detection samples', () => {
    /** ~2 MB of customers; `odd` (Windows-1251 bytes) replaces the city of a row that no sample reads. */
    function bigFile(odd?: Uint8Array): Uint8Array {
      const rows = Array.from({ length: 40_000 }, (_, k) => `C${k},c${k}@x.ru,Москва,2020-01-0${1 + (k % 9)}\n`);
      const body = utf8('customer_id,email,city,signup_date\n' + rows.join(''));
      if (!odd) return body;
      const ranges = dialectSampleRanges(body.length);
      const sampled = (at: number) => ranges.some((r) => at >= r.offset - 64 && at < r.offset + r.length + 64);
      let at = ranges[0].length + 1000;
      const city = utf8('Москва');
      for (;; at++) {
        if (sampled(at)) continue;
        let k = 0;
        while (k < city.length && body[at + k] === city[k]) k++;
        if (k === city.length) break;
      }
      const out = new Uint8Array(body.length - city.length + odd.length);
      out.set(body.subarray(0, at));
      out.set(odd, at);
      out.set(body.subarray(at + city.length), at + odd.length);
      return out;
    }

    test('is read as Windows-1251 when a byte no sample reads is not UTF-8, as checking it all first does', async () => {
      const bytes = bigFile(encode1251('Самара'));
      const p = await readImport(bytes, 'c.csv');
      expect(p.dialect.encoding).toBe('windows-1251');
      expect(p.customers.some((c) => c.city === 'Самара')).toBe(true);
      expect(p).toEqual(await readImport(bytes, 'c.csv', { dialect: { encoding: 'windows-1251' } }));
    });

    test('is read as UTF-8 when every byte is', async () => {
      const p = await readImport(bigFile(), 'c.csv');
      expect(p.dialect.encoding).toBe('utf-8');
      expect(p.customers[39_999]).toMatchObject({ sourceId: 'C39999', city: 'Москва' });
    });
  });
});

