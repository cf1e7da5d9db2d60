import { describe, expect, test } from 'vitest';
import { readImport } from '../../../core/import/read-import.ts';
import { readFixture, utf8 } from '../helpers.ts';

const HEADER = 'customer_id,email,phone,first_name,last_name,gender,birth_date,city,region,country,language,signup_date,device,interests,marketing_consent,nps_score\n';

describe('generic-customers', () => {
  test("reads every field of the generator's customers file", async () => {
    const p = await readImport(utf8(HEADER + 'C0000001,meremenko@bk.ru,+7 969 682 58 61,МАРИЯ,ЕРЁМЕНКО,F,1967-07-16,Астана,Астана,KZ,ru,2025-06-25,android,sport|health,true,7\n'), 'customers.csv');
    expect(p.source).toBe('generic-customers');
    expect(p.customers).toEqual([{
      line: 2, sourceId: 'C0000001', emails: ['meremenko@bk.ru'], phones: ['+79696825861'], firstName: 'МАРИЯ', lastName: 'ЕРЁМЕНКО',
      gender: 'F', birthDate: '1967-07-16', city: 'Астана', region: 'Астана', country: 'KZ', language: 'ru', signupDate: '2025-06-25',
      device: 'android', tags: ['sport', 'health'], consent: true, nps: 7, attributes: {},
    }]);
  });

  test('keeps a row with a bad email or phone, reports it and keeps the raw value as an attribute', async () => {
    const p = await readImport(utf8('id,email,phone\n1,not-an-email,123\n'), 'c.csv');
    expect(p.customers[0]).toMatchObject({ sourceId: '1', emails: [], phones: [], attributes: { email: 'not-an-email', phone: '123' } });
    expect(p.rejected.map((r) => [r.code, r.kept])).toEqual([['invalid_email', true], ['invalid_phone', true]]);
  });

  test('rejects a row with no id, email or phone as missing_customer_id, once', async () => {
    const p = await readImport(utf8('id,email,name\n,n/a,Anna\n2,,Boris\n'), 'c.csv');
    expect(p.customers.map((c) => c.sourceId)).toEqual(['2']);
    expect(p.rejected).toEqual([expect.objectContaining({ line: 2, code: 'missing_customer_id', kept: false, value: 'n/a' })]);
  });

  test('splits ФИО as Фамилия Имя Отчество', async () => {
    const p = await readImport(utf8('Телефон;ФИО\n89161234567;Иванов Иван Иванович\n'), 'c.csv');
    expect(p.customers[0]).toMatchObject({ lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович', phones: ['+79161234567'] });
  });

  test('reads a JSON array, flattening nested objects one level', async () => {
    const p = await readFixture('customers-v1.json');
    expect(p.source).toBe('generic-customers');
    expect(p.customers[0]).toMatchObject({
      sourceId: 'J1', emails: ['json.one@example.com'], phones: ['+79160000001'], tags: ['books', 'travel'], consent: true, nps: 9,
      attributes: { 'address.city': 'Москва', 'address.country': 'RU' },
    });
    expect(p.rejected).toEqual([expect.objectContaining({ line: 4, code: 'missing_customer_id' })]);
  });
});
