import { booleanColumn, dateColumn, numberColumn } from './column-builders.ts';
import { parseDateText } from './text-values.ts';
import type { FieldDef } from '../field.ts';

/** A day number from CustomerScores' firstDay / lastDay (-1 = no counted order) as a column value. */
const day = (d: number): number => (d >= 0 ? d : NaN);

/** Order totals come from the RFM inputs, so they agree with the scores exactly (same orders, same as-of). */
export const behaviouralFields: FieldDef[] = [
  {
    id: 'orders', type: 'number', category: 'behavioural', unit: 'count', label: { en: 'Orders', ru: 'Заказов' },
    column: ({ ds, scores }) => numberColumn(ds.customers, (_, i) => scores.input.frequency[i]),
  },
  {
    id: 'totalSpent', type: 'number', category: 'behavioural', unit: 'money', label: { en: 'Total spent', ru: 'Сумма покупок' },
    column: ({ ds, scores }) => numberColumn(ds.customers, (_, i) => scores.input.monetary[i]),
  },
  {
    id: 'averageOrderValue', type: 'number', category: 'behavioural', unit: 'money',
    label: { en: 'Average order value', ru: 'Средний чек' },
    column: ({ ds, scores }) => {
      const { frequency, monetary } = scores.input;
      return numberColumn(ds.customers, (_, i) => (frequency[i] > 0 ? Math.round(monetary[i] / frequency[i]) : NaN));
    },
  },
  {
    id: 'daysSinceLastOrder', type: 'number', category: 'behavioural', unit: 'days',
    label: { en: 'Days since last order', ru: 'Дней с последнего заказа' },
    column: ({ ds, scores, today }) => numberColumn(ds.customers, (_, i) => today - day(scores.lastDay[i])),
  },
  {
    id: 'daysSinceFirstOrder', type: 'number', category: 'behavioural', unit: 'days',
    label: { en: 'Days since first order', ru: 'Дней с первого заказа' },
    column: ({ ds, scores, today }) => numberColumn(ds.customers, (_, i) => today - day(scores.firstDay[i])),
  },
  {
    id: 'firstOrderDate', type: 'date', category: 'behavioural', label: { en: 'First order date', ru: 'Дата первого заказа' },
    column: ({ ds, scores }) => dateColumn(ds.customers, (_, i) => day(scores.firstDay[i])),
  },
  {
    id: 'lastOrderDate', type: 'date', category: 'behavioural', label: { en: 'Last order date', ru: 'Дата последнего заказа' },
    column: ({ ds, scores }) => dateColumn(ds.customers, (_, i) => day(scores.lastDay[i])),
  },
  {
    id: 'oneTimeBuyer', type: 'boolean', category: 'behavioural', label: { en: 'One-time buyer', ru: 'Купил один раз' },
    column: ({ ds, scores }) => booleanColumn(ds.customers, (_, i) => scores.input.frequency[i] === 1),
  },
  {
    id: 'signupDate', type: 'date', category: 'behavioural', label: { en: 'Signup date', ru: 'Дата регистрации' },
    column: ({ ds }) => dateColumn(ds.customers, (c) => (c.signupDate ? parseDateText(c.signupDate) : NaN)),
  },
];
