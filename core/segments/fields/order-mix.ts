import { orderAggregates } from './order-aggregates.ts';
import type { DictAggregate, OrderAggregates } from './order-aggregates.ts';
import type { FieldColumn, FieldContext, FieldDef } from '../field.ts';

type Which = keyof OrderAggregates;

const bought = (which: Which) => ({ ds, today }: FieldContext): FieldColumn => {
  const a: DictAggregate = orderAggregates(ds, today)[which];
  return { type: 'tags', offsets: a.offsets, codes: a.codes, dict: a.dict };
};

const favourite = (which: Which) => ({ ds, today }: FieldContext): FieldColumn => {
  const a = orderAggregates(ds, today)[which];
  return { type: 'text', codes: a.favourite, dict: a.dict };
};

/** The order table's dictionary without its empty entry: every category (channel) written in some order. */
const dictOptions = (which: Which) => ({ ds }: FieldContext): string[] => ds.orders.dict[which].slice(1);

/** What and where customers bought, from counted orders up to the as-of day (shared aggregates). */
export const orderMixFields: FieldDef[] = [
  {
    id: 'categories', type: 'tags', category: 'behavioural', label: { en: 'Categories bought', ru: 'Купленные категории' },
    options: dictOptions('category'), column: bought('category'),
  },
  {
    id: 'channels', type: 'tags', category: 'behavioural', label: { en: 'Channels bought through', ru: 'Каналы покупок' },
    options: dictOptions('channel'), column: bought('channel'),
  },
  {
    id: 'favouriteCategory', type: 'text', category: 'behavioural', label: { en: 'Favourite category', ru: 'Любимая категория' },
    options: dictOptions('category'), column: favourite('category'),
  },
  {
    id: 'favouriteChannel', type: 'text', category: 'behavioural', label: { en: 'Favourite channel', ru: 'Любимый канал покупок' },
    options: dictOptions('channel'), column: favourite('channel'),
  },
];
