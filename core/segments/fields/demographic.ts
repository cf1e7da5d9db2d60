import { dayNumber, daysInMonth, isoOfDay } from '../../model/dates.ts';
import { attributeIndex, attributeOf } from './attribute-match.ts';
import { dateColumn, numberColumn, textColumn } from './column-builders.ts';
import { parseBooleanText, parseNumberText } from './text-values.ts';
import type { AttributeFieldKey } from './attribute-match.ts';
import type { FieldDef, Label } from '../field.ts';

/** Year, month and day of a customer's `YYYY-MM-DD` birth date, or undefined. */
function birthParts(iso: string | undefined): [number, number, number] | undefined {
  if (iso === undefined || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const y = +iso.slice(0, 4), m = +iso.slice(5, 7), d = +iso.slice(8, 10);
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? [y, m, d] : undefined;
}

/** A text field read from the custom column whose header is a synonym of `key`. */
export function attributeTextField(id: AttributeFieldKey, category: FieldDef['category'], label: Label): FieldDef {
  return {
    id, type: 'text', category, label,
    column: ({ ds }) => {
      const headers = attributeIndex(ds).byField.get(id);
      return textColumn(ds.customers, (c) => attributeOf(c, headers));
    },
  };
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
      const [ty, tm, td] = birthParts(isoOfDay(today))!;
      return numberColumn(ds.customers, (c) => {
        const b = birthParts(c.birthDate);
        if (!b) return NaN;
        const age = ty - b[0] - (tm < b[1] || (tm === b[1] && td < b[2]) ? 1 : 0);
        return age >= 0 ? age : NaN;
      });
    },
  },
  {
    id: 'birthDate', type: 'date', category: 'demographic', label: { en: 'Birth date', ru: 'Дата рождения' },
    column: ({ ds }) => dateColumn(ds.customers, (c) => {
      const b = birthParts(c.birthDate);
      return b && b[2] <= daysInMonth(b[0], b[1]) ? dayNumber(b[0], b[1], b[2]) : NaN;
    }),
  },
  {
    id: 'birthMonth', type: 'number', category: 'demographic', unit: 'month', label: { en: 'Birth month', ru: 'Месяц рождения' },
    column: ({ ds }) => numberColumn(ds.customers, (c) => birthParts(c.birthDate)?.[1]),
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
