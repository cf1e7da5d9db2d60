import { headerHits, mapColumns } from '../column-map.ts';
import { readCustomerFile } from '../customer-reader.ts';
import { RejectLog } from '../rejects.ts';
import { CUSTOMER_SYNONYMS } from '../synonyms.ts';
import type { SynonymTable } from '../column-map.ts';
import type { Importer } from './importer.ts';

const BITRIX: SynonymTable = [
  ['customerId', ['id']],
  ['signupDate', ['дата создания']],
];

const SIGNATURE = ['ID', 'Имя', 'Фамилия', 'Отчество', 'Дата рождения', 'Телефон', 'E-mail', 'Должность', 'Компания',
  'Источник', 'Ответственный', 'Дата создания', 'Рабочий телефон', 'Мобильный телефон', 'Частный e-mail', 'E-mail для рассылок',
  'Обращение', 'Дата изменения'];

/**
 * Bitrix24 contacts CSV (UTF-8 in the cloud, Windows-1251 on old installs; every value quoted and a
 * `;` after the last field, whose empty header column is dropped). Typed phone and e-mail columns all
 * feed phones and emails; ids are namespaced `bitrix24:`; dates are day-first.
 */
export const bitrix24Contacts: Importer = {
  id: 'bitrix24-contacts',
  label: 'Bitrix24 contacts',
  kind: 'customers',
  dateOrder: 'dmy',
  detect: (headers) => {
    const hits = headerHits(headers, SIGNATURE);
    const marker = headerHits(headers, ['Отчество', 'Источник', 'Частный e-mail', 'E-mail для рассылок', 'Обращение', 'Дата рождения']);
    const amo = headerHits(headers, ['Тип', 'Название компании', 'Личный email', 'Теги']);
    return hits >= 4 && marker >= 1 && amo < 2 ? 0.6 + 0.35 * Math.min(1, hits / 10) : 0;
  },
  map: (headers) => mapColumns(headers, 'customers', [...BITRIX, ...CUSTOMER_SYNONYMS]),
  read: (ctx) => readCustomerFile(ctx, new RejectLog(ctx.file), { idPrefix: 'bitrix24:' }),
};
