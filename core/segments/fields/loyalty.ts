import { numberColumn, textColumn } from './column-builders.ts';
import type { FieldDef } from '../field.ts';

export const NPS_CATEGORIES = ['promoter', 'passive', 'detractor'] as const;

/** NPS category of a 0–10 score: promoter 9–10, passive 7–8, detractor 0–6. */
export function npsCategory(score: number | undefined): string | undefined {
  if (score === undefined || !(score >= 0 && score <= 10)) return undefined;
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

export const loyaltyFields: FieldDef[] = [
  {
    id: 'nps', type: 'number', category: 'loyalty', unit: 'score', label: { en: 'NPS score', ru: 'Оценка NPS' },
    column: ({ ds }) => numberColumn(ds.customers, (c) => c.nps),
  },
  {
    id: 'npsCategory', type: 'text', category: 'loyalty', label: { en: 'NPS category', ru: 'Категория NPS' },
    options: () => [...NPS_CATEGORIES],
    column: ({ ds }) => textColumn(ds.customers, (c) => npsCategory(c.nps)),
  },
];
