import type { SynonymTable } from './column-map.ts';

// Header synonyms from /work/shared/REAL-EXPORTS.md plus the generator's headers, English and Russian.
// Matching is on `headerKey` (case, spaces and punctuation ignored), so `first_name` = `First Name`.

const EMAIL = ['email', 'e-mail', 'email address', 'mail', 'customer email', 'billing email', 'email (billing)',
  'contact email', 'рабочий email', 'личный email', 'другой email', 'рабочий e-mail', 'частный e-mail',
  'e-mail для рассылок', 'почта', 'электронная почта', 'эл. почта', 'адрес электронной почты'];
const PHONE = ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'mobile phone', 'mobile phone number',
  'billing phone', 'shipping phone', 'default address phone', 'phone (billing)', 'contact phone', 'cell phone',
  'телефон', 'рабочий телефон', 'мобильный телефон', 'домашний телефон', 'другой телефон',
  'рабочий прямой телефон', 'мобильный', 'тел', 'номер телефона', 'сотовый телефон', 'телефон для рассылок'];
const FULL_NAME = ['name', 'full name', 'customer name', 'client name', 'contact name', 'billing name',
  'основной контакт', 'контакт', 'клиент', 'покупатель', 'имя клиента', 'имя контакта', 'полное имя'];

export const CUSTOMER_SYNONYMS: SynonymTable = [
  ['customerId', ['customer_id', 'customer id', 'client id', 'contact id', 'record id', 'user id', 'id',
    'id клиента', 'код клиента', 'номер клиента', 'id контакта', 'код', 'ид']],
  ['email', EMAIL],
  ['phone', PHONE],
  ['firstName', ['first_name', 'first name', 'given name', 'first name (billing)', 'billing first name', 'имя']],
  ['lastName', ['last_name', 'last name', 'surname', 'family name', 'last name (billing)', 'billing last name', 'фамилия']],
  ['middleName', ['middle_name', 'middle name', 'patronymic', 'отчество']],
  ['fullNameLastFirst', ['фио', 'ф.и.о.', 'фамилия имя отчество']],
  ['fullName', FULL_NAME],
  ['gender', ['gender', 'sex', 'пол']],
  ['birthDate', ['birth_date', 'birth date', 'date of birth', 'dob', 'birthday', 'дата рождения', 'день рождения']],
  ['city', ['city', 'town', 'default address city', 'billing city', 'city (billing)', 'город', 'населенный пункт']],
  ['region', ['region', 'state', 'province', 'state/region', 'default address province code', 'province code',
    'область', 'регион', 'край']],
  ['country', ['country', 'country code', 'country/region', 'default address country code', 'страна']],
  ['language', ['language', 'lang', 'locale', 'preferred language', 'язык']],
  ['signupDate', ['signup_date', 'signup date', 'registration date', 'registered', 'created at', 'create date',
    'date created', 'created', 'optin_time', 'дата регистрации', 'дата создания']],
  ['device', ['device', 'platform', 'устройство']],
  ['tags', ['tags', 'interests', 'tag', 'labels', 'теги', 'метки', 'интересы']],
  ['consent', ['marketing_consent', 'marketing consent', 'accepts email marketing', 'accepts marketing',
    'email marketing consent', 'subscribed', 'opt in', 'consent', 'согласие на рассылку', 'подписка на рассылку',
    'подписка', 'согласие']],
  ['nps', ['nps_score', 'nps score', 'nps', 'оценка nps']],
];

export const ORDER_SYNONYMS: SynonymTable = [
  ['orderId', ['order_id', 'order id', 'order number', 'order_number', 'order no', 'order #', 'номер заказа',
    '№ заказа', 'id заказа', 'заказ', 'номер', 'номер документа', 'id']],
  ['customerId', ['customer_id', 'customer id', 'client id', 'contact id', 'user id', 'id клиента',
    'код клиента', 'номер клиента', 'id контакта']],
  ['email', EMAIL.concat(['customer_email'])],
  ['phone', PHONE],
  ['fullNameLastFirst', ['фио', 'ф.и.о.', 'фамилия имя отчество']],
  ['fullName', FULL_NAME],
  ['orderDate', ['order_date', 'order date', 'date', 'created at', 'created', 'purchase date', 'transaction date',
    'paid at', 'paid_date', 'дата заказа', 'дата', 'дата создания', 'дата покупки', 'дата документа', 'дата продажи']],
  ['netAmount', ['order total amount (- refund)', 'net amount', 'net total', 'сумма за вычетом возвратов']],
  ['amount', ['amount', 'total', 'order_total', 'order total', 'order total amount', 'sum', 'revenue', 'grand total',
    'сумма', 'итого', 'сумма заказа', 'стоимость', 'бюджет']],
  ['refundedAmount', ['refunded amount', 'refund amount', 'order refund amount', 'refunded', 'refund',
    'сумма возврата', 'возврат']],
  ['financialStatus', ['financial status', 'payment status', 'статус оплаты']],
  ['status', ['status', 'order status', 'state', 'статус', 'статус заказа', 'состояние', 'этап сделки', 'стадия сделки']],
  ['cancelledAt', ['cancelled at', 'canceled at', 'cancelled date', 'дата отмены']],
  ['closedDate', ['closed date', 'close date', 'date closed', 'дата закрытия']],
  ['currency', ['currency', 'currency code', 'валюта']],
  ['channel', ['channel', 'sales channel', 'source', 'канал', 'канал продаж', 'источник', 'воронка', 'направление']],
  ['category', ['category', 'product category', 'категория', 'группа товаров', 'категория товара']],
  ['items', ['items', 'quantity', 'qty', 'item count', 'items count', 'количество', 'кол-во', 'количество товаров']],
];
