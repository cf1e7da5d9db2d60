import { isoOfDay } from '../../model/dates.ts';
import { attributeIndex, attributeOf } from './attribute-match.ts';
import { attributeTextField } from './attribute-fields.ts';
import { dateColumn, numberColumn, textColumn } from './column-builders.ts';
import { digits, isoDay, isoMonth, parseBooleanText, parseNumberText } from './text-values.ts';
import type { FieldDef } from '../field.ts';

/** Whole years from a `YYYY-MM-DD` birth date to day `today` (a birthday on that day counts), NaN if unknown. */
function ageAt(birth: string | undefined, ty: number, tm: number, td: number): number {
  if (birth === undefined || Number.isNaN(isoDay(birth))) return NaN;
  const m = digits(birth, 5, 7), d = digits(birth, 8, 10);
  const age = ty - digits(birth, 0, 4) - (tm < m || (tm === m && td < d) ? 1 : 0);
  return age >= 0 ? age : NaN;
}

/** Children as a count: a number as written, "no"/"нет" as 0. */
function childrenOf(v: string | undefined): number {
  if (v === undefined) return NaN;
  const n = parseNumberText(v);
  if (Number.isFinite(n)) return n;
  return parseBooleanText(v) === false ? 0 : NaN;
}

export const demographicFields: FieldDef[] = [
  {
    id: 'gender', type: 'text', category: 'demographic', label: { en: 'Gender', ru: 'Пол' },
    options: () => ['M', 'F'],
    column: ({ ds }) => textColumn(ds.customers, (c) => c.gender),
  },
  {
    id: 'age', type: 'number', category: 'demographic', unit: 'years', label: { en: 'Age', ru: 'Возраст' },
    column: ({ ds, today }) => {
      const t = isoOfDay(today);
      const ty = digits(t, 0, 4), tm = digits(t, 5, 7), td = digits(t, 8, 10);
      return numberColumn(ds.customers, (c) => ageAt(c.birthDate, ty, tm, td));
    },
  },
  {
    id: 'birthDate', type: 'date', category: 'demographic', label: { en: 'Birth date', ru: 'Дата рождения' },
    column: ({ ds }) => dateColumn(ds.customers, (c) => (c.birthDate === undefined ? NaN : isoDay(c.birthDate))),
  },
  {
    id: 'birthMonth', type: 'number', category: 'demographic', unit: 'month', label: { en: 'Birth month', ru: 'Месяц рождения' },
    column: ({ ds }) => numberColumn(ds.customers, (c) => (c.birthDate === undefined ? NaN : isoMonth(c.birthDate))),
  },
  attributeTextField('maritalStatus', 'demographic', { en: 'Marital status', ru: 'Семейное положение' }),
  attributeTextField('occupation', 'demographic', { en: 'Occupation', ru: 'Род занятий' }),
  attributeTextField('incomeBand', 'demographic', { en: 'Income band', ru: 'Уровень дохода' }),
  attributeTextField('education', 'demographic', { en: 'Education', ru: 'Образование' }),
  {
    id: 'children', type: 'number', category: 'demographic', unit: 'count', label: { en: 'Children', ru: 'Дети' },
    column: ({ ds }) => {
      const headers = attributeIndex(ds).byField.get('children');
      return numberColumn(ds.customers, (c) => childrenOf(attributeOf(c, headers)));
    },
  },
];
