import { headerHits, mapColumns } from '../column-map.ts';
import { unescapeHtml } from '../cells.ts';
import { readDeals } from '../deal-reader.ts';
import { ORDER_SYNONYMS } from '../synonyms.ts';
import type { SynonymTable } from '../column-map.ts';
import type { Importer } from './importer.ts';

const AMO: SynonymTable = [
  ['orderId', ['id', 'id сделки']],
  ['status', ['этап сделки', 'статус']],
  ['amount', ['бюджет']],
  ['orderDate', ['дата создания']],
  ['closedDate', ['дата закрытия']],
  ['customerId', ['id контакта', 'id основного контакта']],
  ['fullName', ['основной контакт', 'контакт']],
  ['channel', ['воронка']],
];

const SIGNATURE = ['Название сделки', 'Компания', 'Основной контакт', 'Бюджет', 'Дата создания', 'Ответственный', 'Воронка',
  'Этап сделки', 'Теги'];

/**
 * amoCRM/Kommo leads. Won = stage `Успешно реализовано` / `Closed - won`; other stages are kept but
 * not counted (deal-reader.ts). `… (контакт)` columns describe the lead's contact and identify the
 * customer; without them the contact's name is used. Without an ID column, a lead's id is made from
 * its name and creation date (stable across re-imports of the same export).
 */
export const amocrmLeads: Importer = {
  id: 'amocrm-leads',
  label: 'amoCRM leads',
  kind: 'orders',
  dateOrder: 'dmy',
  detect: (headers) => {
    const hits = headerHits(headers, SIGNATURE);
    return headerHits(headers, ['Этап сделки']) === 1 && hits >= 3 ? 0.6 + 0.35 * Math.min(1, hits / 8) : 0;
  },
  map: (headers) => mapColumns(headers, 'orders', [...AMO, ...ORDER_SYNONYMS]),
  read: (ctx) => readDeals(ctx, { idPrefix: 'amocrm:', cell: unescapeHtml, syntheticIdPrefix: 'amocrm-lead:' }),
};
