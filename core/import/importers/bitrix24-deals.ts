import { headerHits, mapColumns } from '../column-map.ts';
import { readDeals } from '../deal-reader.ts';
import { ORDER_SYNONYMS } from '../synonyms.ts';
import type { SynonymTable } from '../column-map.ts';
import type { Importer } from './importer.ts';

const BITRIX: SynonymTable = [
  ['orderId', ['id']],
  ['status', ['стадия сделки', 'стадия']],
  ['amount', ['сумма', 'сумма сделки']],
  ['orderDate', ['дата создания']],
  ['closedDate', ['дата закрытия', 'предполагаемая дата закрытия']],
  ['customerId', ['контакт: id', 'id контакта']],
  ['fullName', ['контакт', 'контакты', 'клиент']],
  ['channel', ['направление', 'воронка', 'источник']],
  ['category', ['тип', 'тип сделки']],
];

const SIGNATURE = ['ID', 'Направление', 'Стадия сделки', 'Название сделки', 'Сумма', 'Валюта', 'Контакт', 'Компания',
  'Дата создания', 'Дата закрытия', 'Ответственный', 'Источник'];

/**
 * Bitrix24 deals. Won deals (stage `Сделка успешна`, `WON`, …) are purchases; open and lost deals are
 * kept but not counted (see deal-reader.ts). Contacts are referenced by `bitrix24:` id when the export
 * has a contact id column, else by contact e-mail/phone, else by the contact's name.
 */
export const bitrix24Deals: Importer = {
  id: 'bitrix24-deals',
  label: 'Bitrix24 deals',
  kind: 'orders',
  dateOrder: 'dmy',
  detect: (headers) => {
    const hits = headerHits(headers, SIGNATURE);
    return headerHits(headers, ['Стадия сделки']) === 1 && hits >= 3 ? 0.6 + 0.35 * Math.min(1, hits / 8) : 0;
  },
  map: (headers) => mapColumns(headers, 'orders', [...BITRIX, ...ORDER_SYNONYMS]),
  read: (ctx) => readDeals(ctx, { idPrefix: 'bitrix24:', syntheticIdPrefix: 'bitrix24-deal:' }),
};
