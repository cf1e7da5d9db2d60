import { attributeIndex, attributeOf } from './attribute-match.ts';
import { TextDict } from './column-builders.ts';
import { parseDateText } from './text-values.ts';
import type { FieldContext, FieldDef } from '../field.ts';

interface LastInteraction { day: Float64Array; type: Int32Array; dict: string[] }

/**
 * The later of the last counted order and a CRM's last-activity date column (HubSpot "Last Activity
 * Date", …); an activity dated after the as-of day is ignored like a later order. On the same day the
 * order wins. The type is 'order', else the CRM's activity-type column, else 'activity'.
 */
function lastInteraction({ ds, scores, today }: FieldContext): LastInteraction {
  const index = attributeIndex(ds);
  const dateHeaders = index.byField.get('lastInteractionDate');
  const typeHeaders = index.byField.get('lastInteractionType');
  const n = ds.customers.length;
  const day = new Float64Array(n).fill(NaN);
  const type = new Int32Array(n).fill(-1);
  const d = new TextDict();
  const order = d.code('order');
  for (let i = 0; i < n; i++) {
    const c = ds.customers[i];
    if (c.deleted) continue;
    const orderDay = scores.lastDay[i];
    const raw = attributeOf(c, dateHeaders);
    const activity = raw === undefined ? NaN : parseDateText(raw);
    if (activity <= today && (orderDay < 0 || activity > orderDay)) {
      day[i] = activity;
      type[i] = d.code(attributeOf(c, typeHeaders) ?? 'activity');
    } else if (orderDay >= 0) {
      day[i] = orderDay;
      type[i] = order;
    }
  }
  return { day, type, dict: d.dict };
}

export const lastInteractionFields: FieldDef[] = [
  {
    id: 'lastInteractionDate', type: 'date', category: 'behavioural',
    label: { en: 'Last interaction date', ru: 'Дата последнего взаимодействия' },
    column: (ctx) => ({ type: 'date', values: lastInteraction(ctx).day }),
  },
  {
    id: 'lastInteractionType', type: 'text', category: 'behavioural',
    label: { en: 'Last interaction type', ru: 'Тип последнего взаимодействия' },
    column: (ctx) => {
      const { type, dict } = lastInteraction(ctx);
      return { type: 'text', codes: type, dict };
    },
  },
];
