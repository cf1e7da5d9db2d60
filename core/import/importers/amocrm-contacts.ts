import { headerHits, mapColumns } from '../column-map.ts';
import { unescapeHtml } from '../cells.ts';
import { readCustomerFile } from '../customer-reader.ts';
import { RejectLog } from '../rejects.ts';
import { CUSTOMER_SYNONYMS } from '../synonyms.ts';
import type { SynonymTable } from '../column-map.ts';
import type { Importer } from './importer.ts';

const AMO: SynonymTable = [
  ['customerId', ['id']],
  ['fullName', ['полное имя контакта', 'наименование', 'название', 'имя контакта']],
  ['signupDate', ['дата создания']],
  ['tags', ['теги']],
];

const SIGNATURE = ['ID', 'Тип', 'Название компании', 'Ответственный', 'Рабочий телефон', 'Мобильный телефон', 'Другой телефон',
  'Рабочий email', 'Личный email', 'Другой email', 'Должность', 'Теги', 'Дата создания'];

/**
 * amoCRM/Kommo contacts (`;`, UTF-8 often with BOM, HTML-escaped values such as `&quot;`).
 * Ids are namespaced `amocrm:`; every phone and email column feeds phones and emails.
 */
export const amocrmContacts: Importer = {
  id: 'amocrm-contacts',
  label: 'amoCRM contacts',
  kind: 'customers',
  dateOrder: 'dmy',
  detect: (headers) => {
    const hits = headerHits(headers, SIGNATURE);
    const marker = headerHits(headers, ['Тип', 'Название компании', 'Личный email', 'Другой email']);
    return hits >= 4 && marker >= 2 && headerHits(headers, ['Этап сделки', 'Бюджет']) === 0 ? 0.6 + 0.35 * Math.min(1, hits / 10) : 0;
  },
  map: (headers) => mapColumns(headers, 'customers', [...AMO, ...CUSTOMER_SYNONYMS]),
  read: (ctx) => readCustomerFile(ctx, new RejectLog(ctx.file), { idPrefix: 'amocrm:', cell: unescapeHtml }),
};
