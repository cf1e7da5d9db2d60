import { isoOfDay } from '../model/dates.ts';
import { segmentLabelRu } from '../rfm/segment-labels-ru.ts';
import type { FieldContext, Label } from './field.ts';
import { liveMembers } from './live-members.ts';
import { has } from './member-set.ts';
import type { Rule } from './rule.ts';
import type { SegmentDef } from './segment.ts';
import type { FieldLookup } from './validate-rule.ts';

/**
 * A ready-made segment. Its rule is built when a segment is created from it, from the data and the
 * as-of date: the result is a plain rule the marketer sees and can edit ("total spent ≥ 48 200 ₽",
 * "birth month = 11"), not a hidden moving definition. Applying the template again refreshes it.
 * (A percentile operator would keep "top 10 %" current, but it would need a field kind the catalogue
 * does not have and would hide the threshold; see the report of issue #3.)
 */
export interface SegmentTemplate {
  /** `tpl:<name>`; RFM templates are `tpl:rfm:<segment name>`. */
  id: string;
  name: Label;
  description: Label;
  rule(ctx: FieldContext, lookupField: FieldLookup): Rule;
}

/** Share of buyers the "top spenders" template selects. */
export const TOP_SPENDERS_SHARE = 0.1;
/** "Lapsed": no order in the last 90 days, i.e. the last order more than 90 days before the as-of date. */
export const LAPSED_DAYS = 90;

const FIXED: SegmentTemplate[] = [
  {
    id: 'tpl:one-time-buyers',
    name: { en: 'One-time buyers', ru: 'Купили один раз' },
    description: { en: 'Customers with exactly one order: a second purchase is the next step.', ru: 'Клиенты ровно с одним заказом: следующий шаг — вторая покупка.' },
    rule: () => ({ field: 'oneTimeBuyer', op: 'is_true' }),
  },
  {
    id: 'tpl:lapsed-90',
    name: { en: 'Lapsed 90+ days', ru: 'Не покупали 90+ дней' },
    description: {
      en: 'Buyers whose last order was more than 90 days ago (no order in the last 90 days).',
      ru: 'Покупатели, чей последний заказ был больше 90 дней назад (нет заказов за последние 90 дней).',
    },
    // gt, not gte: an order exactly 90 days ago is "in the last 90 days" (in_last_days is inclusive).
    rule: () => ({ field: 'daysSinceLastOrder', op: 'gt', value: LAPSED_DAYS }),
  },
  {
    id: 'tpl:top-spenders',
    name: { en: 'Top 10 % by spend', ru: 'Топ-10 % по сумме покупок' },
    description: {
      en: 'The tenth of buyers who spent the most; the threshold is taken from the data when the segment is created.',
      ru: 'Десятая часть покупателей с наибольшей суммой покупок; порог берётся из данных при создании сегмента.',
    },
    rule: (ctx, lookupField) => ({ field: 'totalSpent', op: 'gte', value: topSpendThreshold(ctx, lookupField) }),
  },
  {
    id: 'tpl:birthdays-this-month',
    name: { en: 'Birthdays this month', ru: 'Дни рождения в этом месяце' },
    description: { en: 'Customers born in the month of the as-of date.', ru: 'Клиенты, родившиеся в месяце даты расчёта.' },
    rule: (ctx) => ({ field: 'birthMonth', op: 'eq', value: Number(isoOfDay(ctx.today).slice(5, 7)) }),
  },
  {
    id: 'tpl:new-this-month',
    name: { en: 'New this month', ru: 'Новые в этом месяце' },
    description: { en: 'Customers whose first order was in the month of the as-of date.', ru: 'Клиенты, сделавшие первый заказ в месяце даты расчёта.' },
    // `after` is strict: after the last day of the previous month = on or after the 1st.
    rule: (ctx) => ({ field: 'firstOrderDate', op: 'after', value: isoOfDay(firstOfMonth(ctx.today) - 1) }),
  },
  {
    id: 'tpl:promoters',
    name: { en: 'Promoters', ru: 'Промоутеры' },
    description: { en: 'Customers who answered 9 or 10 to the NPS question.', ru: 'Клиенты, ответившие 9 или 10 на вопрос NPS.' },
    rule: () => ({ field: 'npsCategory', op: 'is', value: 'promoter' }),
  },
  {
    id: 'tpl:detractors',
    name: { en: 'Detractors', ru: 'Критики' },
    description: { en: 'Customers who answered 0 to 6 to the NPS question.', ru: 'Клиенты, ответившие от 0 до 6 на вопрос NPS.' },
    rule: () => ({ field: 'npsCategory', op: 'is', value: 'detractor' }),
  },
];

const rfmTemplate = (segment: string): SegmentTemplate => ({
  id: `tpl:rfm:${segment}`,
  name: { en: segment, ru: segmentLabelRu(segment) },
  description: { en: `Customers in the RFM segment “${segment}”.`, ru: `Клиенты RFM-сегмента «${segmentLabelRu(segment)}».` },
  rule: () => ({ field: 'rfmSegment', op: 'is', value: segment }),
});

/** Every template: one per RFM segment of the segment map in use (its names, in order), then the fixed ones. */
export function segmentTemplates(rfmSegmentNames: readonly string[]): SegmentTemplate[] {
  return [...rfmSegmentNames.map(rfmTemplate), ...FIXED];
}

/** The rule of a template for this context, or undefined for an unknown id. */
export function templateRule(id: string, ctx: FieldContext, lookupField: FieldLookup): Rule | undefined {
  const tpl = id.startsWith('tpl:rfm:') ? rfmTemplate(id.slice(8)) : FIXED.find((t) => t.id === id);
  return tpl?.rule(ctx, lookupField);
}

/** A new dynamic segment from a template, its rule built now. */
export function segmentFromTemplate(
  tpl: SegmentTemplate, ctx: FieldContext, lookupField: FieldLookup, opts: { id: string; now: number; lang: 'en' | 'ru' },
): SegmentDef {
  return {
    id: opts.id, name: tpl.name[opts.lang], description: tpl.description[opts.lang], kind: 'dynamic',
    rule: tpl.rule(ctx, lookupField), template: tpl.id, createdAt: opts.now, updatedAt: opts.now,
  };
}

/**
 * The smallest spend among the top TOP_SPENDERS_SHARE of live buyers (spend > 0), so `totalSpent ≥ it`
 * selects at least that share (more on ties at the threshold). Read through the catalogue's own field,
 * so the threshold agrees with what the rule evaluates. With no buyers: 1 (matches nobody).
 */
export function topSpendThreshold(ctx: FieldContext, lookupField: FieldLookup): number {
  const field = lookupField('totalSpent');
  if (!field) throw new Error('The catalogue has no totalSpent field');
  const col = field.column(ctx, {});
  if (col.type !== 'number') throw new Error('totalSpent is not a number field');
  const live = liveMembers(ctx.ds);
  const spends: number[] = [];
  col.values.forEach((v, i) => { if (v > 0 && has(live, i)) spends.push(v); });
  if (spends.length === 0) return 1;
  spends.sort((a, b) => b - a);
  return spends[Math.ceil(spends.length * TOP_SPENDERS_SHARE) - 1];
}

function firstOfMonth(day: number): number {
  return day - (Number(isoOfDay(day).slice(8, 10)) - 1);
}
