import { attributeIndex } from './attribute-match.ts';
import { booleanColumn, dateColumn, numberColumn, textColumn } from './column-builders.ts';
import { parseBooleanText, parseDateText, parseNumberText } from './text-values.ts';
import type { Dataset } from '../../model/dataset.ts';
import type { FieldDef, FieldType } from '../field.ts';

export const ATTR_PREFIX = 'attr:';

type AttrType = Extract<FieldType, 'boolean' | 'number' | 'date' | 'text'>;

/**
 * The type every non-empty value of a column allows, tried in this order: boolean (true/false,
 * yes/no, да/нет, ИСТИНА/ЛОЖЬ, 1/0), number (decimal dot or comma), date (YYYY-MM-DD or
 * dd.mm.yyyy), else text. A column with no value at all is text.
 */
export function inferAttributeType(values: Iterable<string>): AttrType {
  let boolean = true, number = true, date = true, any = false;
  for (const raw of values) {
    if (raw.trim() === '') continue;
    any = true;
    if (boolean && parseBooleanText(raw) === undefined) boolean = false;
    if (number && Number.isNaN(parseNumberText(raw))) number = false;
    if (date && Number.isNaN(parseDateText(raw))) date = false;
    if (!boolean && !number && !date) return 'text';
  }
  if (!any) return 'text';
  return boolean ? 'boolean' : number ? 'number' : date ? 'date' : 'text';
}

function* valuesOf(ds: Dataset, header: string): Iterable<string> {
  for (const c of ds.customers) {
    const v = c.deleted ? undefined : c.attributes[header];
    if (v !== undefined) yield v;
  }
}

/** The `attr:<header>` field of one imported custom column of type `type`. */
export function attributeField(header: string, type: AttrType): FieldDef {
  const base = { id: ATTR_PREFIX + header, type, category: 'custom' as const, label: { en: header, ru: header } };
  const raw = (c: { attributes: Record<string, string> }) => {
    const v = c.attributes[header];
    return v === undefined || v.trim() === '' ? undefined : v;
  };
  const parsed = (fn: (s: string) => number) => (c: { attributes: Record<string, string> }) => {
    const v = raw(c);
    return v === undefined ? NaN : fn(v);
  };
  switch (type) {
    case 'boolean':
      return { ...base, column: ({ ds }) => booleanColumn(ds.customers, (c) => { const v = raw(c); return v === undefined ? undefined : parseBooleanText(v); }) };
    case 'number':
      return { ...base, column: ({ ds }) => numberColumn(ds.customers, parsed(parseNumberText)) };
    case 'date':
      return { ...base, column: ({ ds }) => dateColumn(ds.customers, parsed(parseDateText)) };
    default:
      return { ...base, column: ({ ds }) => textColumn(ds.customers, raw) };
  }
}

const cache = new WeakMap<Dataset['customers'], { length: number; fields: FieldDef[] }>();

/** One `attr:<header>` field per custom column no catalogue field reads, in header order; once per dataset. */
export function customAttributeFields(ds: Dataset): FieldDef[] {
  const hit = cache.get(ds.customers);
  if (hit && hit.length === ds.customers.length) return hit.fields;
  const { headers, consumed } = attributeIndex(ds);
  const fields = [...headers.keys()]
    .filter((h) => !consumed.has(h) && h.trim() !== '') // a column without a header cannot be named in a rule
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((h) => attributeField(h, inferAttributeType(valuesOf(ds, h))));
  cache.set(ds.customers, { length: ds.customers.length, fields });
  return fields;
}
