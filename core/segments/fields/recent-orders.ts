import { DAYS_PARAM, numberParam } from './params.ts';
import type { FieldColumn, FieldContext, FieldDef } from '../field.ts';

/**
 * Counted orders and their sum in the last N days, one pass over the order table. An order is in the
 * last N days when today − its day ≤ N (today and the N days before it), so `ordersInLastDays(N) > 0`
 * exactly when `daysSinceLastOrder ≤ N`; orders after today are ignored, as RFM ignores them.
 */
function recentColumn(ctx: FieldContext, params: Record<string, number | string>, what: 'count' | 'sum'): FieldColumn {
  const { ds, today } = ctx;
  const days = numberParam(DAYS_PARAM, params);
  const n = ds.customers.length;
  const values = new Float64Array(n);
  for (let c = 0; c < n; c++) if (ds.customers[c].deleted) values[c] = NaN;
  const { length, customer, time, amount, counted } = ds.orders;
  const from = (today - days) * 86400, to = (today + 1) * 86400;
  for (let i = 0; i < length; i++) {
    const t = time[i];
    if (counted[i] !== 1 || !(t >= from && t < to)) continue;
    const c = customer[i];
    if (c >= 0 && c < n) values[c] += what === 'count' ? 1 : amount[i]; // NaN of a deleted customer stays NaN
  }
  return { type: 'number', values };
}

export const recentOrderFields: FieldDef[] = [
  {
    id: 'ordersInLastDays', type: 'number', category: 'behavioural', unit: 'count', params: [DAYS_PARAM],
    label: { en: 'Orders in the last N days', ru: 'Заказов за последние N дней' },
    column: (ctx, params) => recentColumn(ctx, params, 'count'),
  },
  {
    id: 'spendInLastDays', type: 'number', category: 'behavioural', unit: 'money', params: [DAYS_PARAM],
    label: { en: 'Spent in the last N days', ru: 'Сумма покупок за последние N дней' },
    column: (ctx, params) => recentColumn(ctx, params, 'sum'),
  },
];
