import { headerKey } from './column-map.ts';
import { CUSTOMER_SYNONYMS } from './synonyms.ts';

/** The importer id of campaign results files (the import history's `source`). */
export const CAMPAIGN_IMPORTER_ID = 'campaign-results';

/** Fields of a campaign results file (issue #3). */
export const CAMPAIGN_FIELDS = [
  'campaign', 'campaignId',
  /** A customer column that may hold an id, an email or a phone. */
  'customer', 'customerId', 'email', 'phone',
  'sent', 'opened', 'clicked', 'converted', 'revenue', 'cost',
] as const;

export type CampaignField = (typeof CAMPAIGN_FIELDS)[number];

export const CAMPAIGN_EVENT_FIELDS = ['sent', 'opened', 'clicked', 'converted'] as const;
export type CampaignEventField = (typeof CAMPAIGN_EVENT_FIELDS)[number];

const customerSynonyms = (field: 'email' | 'phone'): readonly string[] =>
  CUSTOMER_SYNONYMS.find(([f]) => f === field)?.[1] ?? [];

/** Header synonyms, English and Russian; matched on `headerKey` (case, spaces, punctuation and ё ignored). */
export const CAMPAIGN_SYNONYMS: ReadonlyArray<readonly [CampaignField, readonly string[]]> = [
  ['campaign', ['campaign', 'campaign name', 'campaign title', 'mailing', 'mailing name', 'newsletter', 'utm_campaign',
    'кампания', 'название кампании', 'рекламная кампания', 'рассылка', 'название рассылки', 'имя рассылки', 'тема рассылки']],
  ['campaignId', ['campaign id', 'campaign_id', 'mailing id', 'newsletter id', 'id кампании', 'id рассылки', 'номер рассылки',
    'код рассылки']],
  ['customer', ['customer', 'client', 'recipient', 'contact', 'subscriber', 'user', 'клиент', 'получатель', 'подписчик',
    'контакт', 'покупатель', 'адресат']],
  ['customerId', ['customer id', 'customer_id', 'client id', 'contact id', 'subscriber id', 'recipient id', 'user id',
    'external id', 'id клиента', 'код клиента', 'номер клиента', 'id контакта', 'id подписчика']],
  ['email', customerSynonyms('email')],
  ['phone', customerSynonyms('phone')],
  ['sent', ['sent', 'is sent', 'delivered', 'sent at', 'sent date', 'send date', 'date sent', 'отправлено', 'отправлен',
    'отправлена', 'отправка', 'доставлено', 'доставлен', 'дата отправки']],
  ['opened', ['opened', 'open', 'opens', 'is opened', 'opened at', 'open date', 'date opened', 'открыто', 'открыт', 'открыл',
    'открытие', 'открытия', 'открыто письмо', 'прочитано', 'дата открытия']],
  ['clicked', ['clicked', 'click', 'clicks', 'is clicked', 'clicked at', 'click date', 'клик', 'клики', 'кликнул',
    'переход', 'переходы', 'перешел', 'переход по ссылке', 'дата клика', 'дата перехода']],
  ['converted', ['converted', 'conversion', 'conversions', 'converted at', 'purchased', 'purchase', 'ordered', 'goal',
    'конверсия', 'конверсии', 'покупка', 'купил', 'заказ', 'целевое действие', 'дата покупки']],
  ['revenue', ['revenue', 'income', 'sales', 'order value', 'revenue amount', 'выручка', 'доход', 'сумма покупки',
    'сумма заказа', 'сумма продаж']],
  ['cost', ['cost', 'spend', 'spent', 'expense', 'expenses', 'price', 'стоимость', 'расход', 'расходы', 'затраты', 'цена']],
];

/** Which column feeds which field; the UI may change it (`field: 'ignore'` drops a column). */
export interface CampaignMapping {
  columns: CampaignMappedColumn[];
}

export interface CampaignMappedColumn {
  index: number;
  header: string;
  field: CampaignField | 'ignore';
}

const RANK = (() => {
  const rank = new Map<string, { field: CampaignField; rank: number }>();
  for (const [field, synonyms] of CAMPAIGN_SYNONYMS) {
    synonyms.forEach((s, i) => {
      const k = headerKey(s).key;
      if (!rank.has(k)) rank.set(k, { field, rank: i });
    });
  }
  return rank;
})();

/** Maps headers by synonym; each field goes to its best-ranked column (ties go left), the rest are ignored. */
export function mapCampaignColumns(headers: readonly string[]): CampaignMapping {
  const columns: CampaignMappedColumn[] = headers.map((header, index) => ({ index, header, field: 'ignore' }));
  const best = new Map<CampaignField, { column: CampaignMappedColumn; rank: number }>();
  for (const c of columns) {
    const { key, contact } = headerKey(c.header);
    const hit = RANK.get(key);
    if (!hit) continue;
    const rank = hit.rank + (contact ? 1000 : 0);
    const prev = best.get(hit.field);
    if (!prev || rank < prev.rank) best.set(hit.field, { column: c, rank });
  }
  for (const [field, { column }] of best) column.field = field;
  return { columns };
}

/** Index of the column mapped to `field`, or -1. */
export function campaignColumnOf(mapping: CampaignMapping, field: CampaignField): number {
  return mapping.columns.find((c) => c.field === field)?.index ?? -1;
}

/**
 * 1 when the headers are a campaign results file: a campaign column (name or id) and at least one
 * event column (sent, opened, clicked, converted); else 0. Checked before the customers/orders
 * importers, whose synonyms (`email`, `Выручка`) such a file would also match.
 */
export function detectCampaignResults(headers: readonly string[]): number {
  const m = mapCampaignColumns(headers);
  const has = (f: CampaignField) => campaignColumnOf(m, f) >= 0;
  const campaign = has('campaign') || has('campaignId');
  const event = has('sent') || has('opened') || has('clicked') || has('converted');
  return campaign && event ? 1 : 0;
}
