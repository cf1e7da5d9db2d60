import type { Customer } from '../../model/customer.ts';
import type { Dataset } from '../../model/dataset.ts';
import { normaliseKey } from './text-values.ts';

/**
 * Header synonyms (en, ru) of the fields that read an imported custom column. A header matches a
 * field when its normalised form equals a synonym, or contains one as whole words ("Marital status
 * (survey)"); a header matching several fields goes to the exact match, else to the longest synonym,
 * so "Last Activity Type" is the type column, not the date.
 */
export const ATTRIBUTE_SYNONYMS = {
  maritalStatus: ['marital status', 'marital', 'family status', 'relationship status', 'семейное положение', 'семейный статус'],
  occupation: ['occupation', 'job title', 'job', 'profession', 'position', 'должность', 'профессия', 'род занятий', 'род деятельности'],
  incomeBand: ['income', 'income band', 'income level', 'annual income', 'household income', 'доход', 'уровень дохода', 'доходы'],
  education: ['education', 'education level', 'образование', 'уровень образования'],
  children: ['children', 'kids', 'number of children', 'дети', 'количество детей', 'кол во детей', 'число детей'],
  favouriteStore: ['store', 'favourite store', 'favorite store', 'preferred store', 'home store', 'branch', 'shop',
    'магазин', 'любимый магазин', 'филиал', 'точка', 'точка продаж'],
  values: ['values', 'personal values', 'ценности'],
  lifestyle: ['lifestyle', 'life style', 'образ жизни', 'стиль жизни'],
  preferredContactChannel: ['preferred channel', 'preferred contact channel', 'contact method', 'preferred contact method',
    'communication preference', 'канал связи', 'предпочтительный канал связи', 'способ связи', 'предпочтительный способ связи'],
  lastInteractionDate: ['last activity date', 'last activity', 'last interaction', 'last interaction date', 'last contacted',
    'last contact date', 'last engagement date', 'последняя активность', 'дата последней активности', 'последний контакт',
    'дата последнего контакта', 'дата последнего взаимодействия'],
  lastInteractionType: ['last activity type', 'last interaction type', 'last contact type', 'last engagement type',
    'тип последней активности', 'тип последнего контакта', 'тип последнего взаимодействия'],
} as const satisfies Record<string, readonly string[]>;

export type AttributeFieldKey = keyof typeof ATTRIBUTE_SYNONYMS;

export interface AttributeIndex {
  /** Every attribute header of the dataset's live customers, with how many have a non-empty value. */
  headers: Map<string, number>;
  /** Headers each attribute-backed field reads, best match first. */
  byField: Map<AttributeFieldKey, string[]>;
  /** Headers some attribute-backed field reads (no `attr:` field of their own). */
  consumed: Set<string>;
}

const KEYS = Object.keys(ATTRIBUTE_SYNONYMS) as AttributeFieldKey[];
const NORMALISED = new Map(KEYS.map((k) => [k, ATTRIBUTE_SYNONYMS[k].map(normaliseKey)]));
// By the customers array: a settings change (a new dataset, the same customers) keeps it.
const cache = new WeakMap<Customer[], { length: number; index: AttributeIndex }>();

/** The dataset's attribute headers and which fields read them; computed once per dataset. */
export function attributeIndex(ds: Dataset): AttributeIndex {
  const hit = cache.get(ds.customers);
  if (hit && hit.length === ds.customers.length) return hit.index;
  const headers = new Map<string, number>();
  for (const c of ds.customers) {
    if (c.deleted) continue;
    for (const h in c.attributes) headers.set(h, (headers.get(h) ?? 0) + (c.attributes[h].trim() === '' ? 0 : 1));
  }
  const scored: { key: AttributeFieldKey; header: string; score: number }[] = [];
  for (const header of headers.keys()) {
    const match = bestField(normaliseKey(header));
    if (match) scored.push({ ...match, header });
  }
  scored.sort((a, b) => b.score - a.score || headers.get(b.header)! - headers.get(a.header)!);
  const byField = new Map<AttributeFieldKey, string[]>();
  for (const s of scored) byField.set(s.key, [...(byField.get(s.key) ?? []), s.header]);
  const index = { headers, byField, consumed: new Set(scored.map((s) => s.header)) };
  cache.set(ds.customers, { length: ds.customers.length, index });
  return index;
}

function bestField(header: string): { key: AttributeFieldKey; score: number } | undefined {
  let best: { key: AttributeFieldKey; score: number } | undefined;
  const padded = ` ${header} `;
  for (const key of KEYS) {
    for (const syn of NORMALISED.get(key)!) {
      const score = header === syn ? 1000 + syn.length : padded.includes(` ${syn} `) ? syn.length : 0;
      if (score > (best?.score ?? 0)) best = { key, score };
    }
  }
  return best;
}

/** The customer's first non-empty value among `headers`. */
export function attributeOf(c: Customer, headers: readonly string[] | undefined): string | undefined {
  if (!headers) return undefined;
  for (const h of headers) {
    const v = c.attributes[h];
    if (v !== undefined && v.trim() !== '') return v;
  }
  return undefined;
}
