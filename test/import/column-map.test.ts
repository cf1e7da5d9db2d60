import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { columnOf, columnsOf, headerKey, mapColumns, remapColumn } from '../../core/import/column-map.ts';
import { CUSTOMER_SYNONYMS, ORDER_SYNONYMS } from '../../core/import/synonyms.ts';

const GENERATOR_CUSTOMERS = ['customer_id', 'email', 'phone', 'first_name', 'last_name', 'gender', 'birth_date', 'city', 'region',
  'country', 'language', 'signup_date', 'device', 'interests', 'marketing_consent', 'nps_score'];
const GENERATOR_ORDERS = ['order_id', 'customer_id', 'order_date', 'amount', 'currency', 'channel', 'category', 'items'];

const fieldsOf = (headers: string[], kind: 'customers' | 'orders') =>
  Object.fromEntries(mapColumns(headers, kind, kind === 'customers' ? CUSTOMER_SYNONYMS : ORDER_SYNONYMS).columns.map((c) => [c.header, c.field]));

describe('headerKey', () => {
  test('ignores case, spaces, punctuation and ё', () => {
    expect(headerKey('First Name').key).toBe(headerKey('first_name').key);
    expect(headerKey('E-mail').key).toBe(headerKey('EMAIL').key);
    expect(headerKey('  Дата   рождения ').key).toBe('датарождения');
    expect(headerKey('Ёмкость').key).toBe('емкость');
  });

  test('marks a trailing (контакт) or (contact) as the linked contact and strips it', () => {
    expect(headerKey('Рабочий email (контакт)')).toEqual({ key: 'рабочийemail', contact: true });
    expect(headerKey('Phone (Contact)')).toEqual({ key: 'phone', contact: true });
    expect(headerKey('Email (Billing)').contact).toBe(false);
  });
});

describe('mapColumns', () => {
  test("maps every header of the generator's customers file to a canonical field", () => {
    expect(fieldsOf(GENERATOR_CUSTOMERS, 'customers')).toEqual({
      customer_id: 'customerId', email: 'email', phone: 'phone', first_name: 'firstName', last_name: 'lastName',
      gender: 'gender', birth_date: 'birthDate', city: 'city', region: 'region', country: 'country', language: 'language',
      signup_date: 'signupDate', device: 'device', interests: 'tags', marketing_consent: 'consent', nps_score: 'nps',
    });
  });

  test("maps every header of the generator's orders file to a canonical field", () => {
    expect(fieldsOf(GENERATOR_ORDERS, 'orders')).toEqual({
      order_id: 'orderId', customer_id: 'customerId', order_date: 'orderDate', amount: 'amount', currency: 'currency',
      channel: 'channel', category: 'category', items: 'items',
    });
  });

  test('maps Russian headers', () => {
    expect(fieldsOf(['Номер заказа', 'Дата заказа', 'Сумма', 'Телефон', 'Почта', 'ФИО', 'Валюта', 'Количество'], 'orders')).toEqual({
      'Номер заказа': 'orderId', 'Дата заказа': 'orderDate', Сумма: 'amount', Телефон: 'phone', Почта: 'email',
      ФИО: 'fullNameLastFirst', Валюта: 'currency', Количество: 'items',
    });
    expect(fieldsOf(['Имя', 'Фамилия', 'Отчество', 'Дата рождения', 'Пол', 'Город', 'Теги'], 'customers')).toEqual({
      Имя: 'firstName', Фамилия: 'lastName', Отчество: 'middleName', 'Дата рождения': 'birthDate', Пол: 'gender',
      Город: 'city', Теги: 'tags',
    });
  });

  test('feeds several email and phone columns into emails and phones', () => {
    const m = mapColumns(['Рабочий email', 'Личный email', 'Другой email', 'Рабочий телефон', 'Мобильный телефон'], 'customers', CUSTOMER_SYNONYMS);
    expect(columnsOf(m, 'email')).toEqual([0, 1, 2]);
    expect(columnsOf(m, 'phone')).toEqual([3, 4]);
  });

  test('keeps unmatched columns as attributes in customer files and ignores them in order files', () => {
    expect(fieldsOf(['email', 'Любимый цвет'], 'customers')['Любимый цвет']).toBe('attribute');
    expect(fieldsOf(['order_id', 'Любимый цвет'], 'orders')['Любимый цвет']).toBe('ignore');
  });

  test('gives a single-valued field to the best synonym, not to the first column', () => {
    const m = mapColumns(['Paid at', 'Created at', 'Order Date'], 'orders', ORDER_SYNONYMS);
    expect(columnOf(m, 'orderDate')).toBe(2);
  });

  test('prefers a column without the (контакт) suffix for a single-valued field', () => {
    const m = mapColumns(['ID (контакт)', 'ID'], 'customers', CUSTOMER_SYNONYMS);
    expect(columnOf(m, 'customerId')).toBe(1);
  });

  test('maps by header, never by position: any order of the same headers maps the same fields', () => {
    fc.assert(fc.property(fc.shuffledSubarray(GENERATOR_CUSTOMERS, { minLength: 1 }), (headers) => {
      const m = mapColumns(headers, 'customers', CUSTOMER_SYNONYMS);
      const reference = fieldsOf(GENERATOR_CUSTOMERS, 'customers');
      for (const c of m.columns) expect(c.field).toBe(reference[c.header]);
    }));
  });
});

describe('remapColumn', () => {
  test("moves a single-valued field to the user's column and frees the old one", () => {
    const m = mapColumns(['order_id', 'Номер'], 'orders', ORDER_SYNONYMS);
    expect(columnOf(m, 'orderId')).toBe(0);
    const changed = remapColumn(m, 1, 'orderId');
    expect(columnOf(changed, 'orderId')).toBe(1);
    expect(changed.columns[0].field).toBe('ignore');
    expect(columnOf(m, 'orderId')).toBe(0);
  });

  test('adds a column to a multi-column field without taking it from the others', () => {
    const m = mapColumns(['email', 'notes'], 'customers', CUSTOMER_SYNONYMS);
    expect(columnsOf(remapColumn(m, 1, 'email'), 'email')).toEqual([0, 1]);
  });
});
