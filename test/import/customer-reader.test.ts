import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readImport } from '../../core/import/read-import.ts';
import { encode1251, encodeUtf8 } from './fixtures.ts';
import { serialise } from './csv-helpers.ts';

/** Cells of every kind the reader treats specially: padding, case, separators, bad values, quotes. */
const POOLS: Record<string, string[]> = {
  customer_id: ['C1', 'C2', ' C3 ', "'C4", "''C1", '', 'email:a@x.ru', 'C5', '\u00a0C6'],
  email: ['a@x.ru', 'B@X.RU', ' c@x.ru ', 'd@x.ru; e@x.ru', 'mailto:f@x.ru', '<g@x.ru>', 'bad', '', 'a@b', 'x@.ru', 'ёж@почта.рф', 'h@x.ru,h@x.ru'],
  phone: ['+7 969 682 58 61', '8 (947) 913-96-88', 'tel:+79161234567', '8 916 123-45-67 доб. 12', 'abc', '123', '', '+44 (0)20 7946 0958',
    "'89161234567", '00 49 30 123456', '+7 916 123-45-67, 8 903 123 45 67', '()', '+1 (212) 555-0100', '380671234567', '8\u00a0916\u00a01234567'],
  first_name: ['Анна', ' Иван ', '', 'ANNA', 'Ёлка'],
  last_name: ['Ким', '', 'О\'Нил ', 'Петрова'],
  full_name: ['Иванов Иван Иванович', 'Anna Kim', '', 'Одно'],
  gender: ['F', 'м', 'Жен.', 'X', '', ' female '],
  birth_date: ['1990-01-31', '2025-13-45', '2020-01-02T10:00:00Z', ' 2020-01-02 ', '', 'вчера', '2020/1/2'],
  city: ['Москва', ' Москва', 'Санкт-Петербург ', '', 'N"ew York'],
  country: ['RU', 'Россия', 'kz', ' KZ ', 'Narnia', '', 'uk', 'Германия'],
  language: ['ru', '', ' en'],
  signup_date: ['2026-02-30', '2026-01-01', ''],
  device: ['ios', ' android ', ''],
  interests: ['a| b |a', '"x",y', '', 'sport;music', 'ЗОЖ|спорт'],
  marketing_consent: ['да', 'maybe', '1', 'ИСТИНА', '', 'No'],
  nps_score: ['11', '5,0', 'abc', '7', '', '-1', '10'],
  comment: ['', 'VIP', 'a "quoted" note', 'line1\nline2', 'звонить после 18:00'],
};

const table = fc.record({
  columns: fc.shuffledSubarray(Object.keys(POOLS), { minLength: 1 }),
  rows: fc.array(fc.array(fc.nat(), { minLength: 18, maxLength: 18 }), { minLength: 1, maxLength: 40 }),
  eol: fc.constantFrom('\n', '\r\n'),
  delimiter: fc.constantFrom(',', ';'),
});

describe('customer reader', () => {
  test('gives the same patches and report through bytes as through strings, in UTF-8 and Windows-1251', async () => {
    await fc.assert(fc.asyncProperty(table, fc.boolean(), async ({ columns, rows, eol, delimiter }, cp1251) => {
      // A second email column makes email a multi-column field.
      const header = columns.includes('email') ? [...columns, 'email2'] : columns;
      const cells = rows.map((r) => header.map((c, k) => {
        const pool = POOLS[c === 'email2' ? 'email' : c];
        return pool[r[k] % pool.length];
      }));
      const text = serialise([header, ...cells], delimiter, eol);
      if (cp1251 && /[^\u0000-\u007f\u0400-\u045f\u00a0«»№]/.test(text)) return;
      const bytes = cp1251 ? encode1251(text) : encodeUtf8(text);
      const read = (noFastPath: boolean) => readImport(bytes, 'customers.csv', { noFastPath, contentHash: Promise.resolve(''), dialect: { dateOrder: 'iso' } })
        .then(({ customers, rejected, keyShared }) => ({ customers, rejected, keyShared }), (e: Error) => e.message);
      expect(await read(false)).toEqual(await read(true));
    }), { numRuns: 150 });
  });

  test('stops memoising a column that turns out to be unique without changing what it reads', async () => {
    const rows = Array.from({ length: 6000 }, (_, k) => [`C${k}`, `note ${k}`, k % 2 ? 'Москва' : 'Казань', `${1950 + (k % 50)}-01-0${1 + (k % 9)}`]);
    const bytes = encodeUtf8(serialise([['customer_id', 'comment', 'city', 'birth_date'], ...rows], ',', '\n'));
    const fast = await readImport(bytes, 'customers.csv', { contentHash: Promise.resolve('') });
    const slow = await readImport(bytes, 'customers.csv', { noFastPath: true, contentHash: Promise.resolve('') });
    expect(fast.customers).toEqual(slow.customers);
    expect(fast.customers[5999]).toMatchObject({ sourceId: 'C5999', city: 'Москва', birthDate: '1999-01-06', attributes: { comment: 'note 5999' } });
  });

  test('marks exactly the rows that share an id, an email or a phone with another row', async () => {
    const csv = 'customer_id,email,phone\nC1,a@x.ru,+79161234567\nC2,b@x.ru,\nC3,A@X.RU,\nC4,,8 916 123-45-67\nC1,,\nC5,c@x.ru,+79031234567\n';
    const p = await readImport(encodeUtf8(csv), 'customers.csv');
    expect(Array.from(p.keyShared!)).toEqual([1, 0, 1, 1, 1, 0]);
  });
});
