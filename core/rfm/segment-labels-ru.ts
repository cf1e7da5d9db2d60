import type { DEFAULT_SEGMENTS } from './default-settings.ts';

/** Russian display names of the default segments; the English names stay the stored identifiers. */
export const SEGMENT_LABELS_RU: Record<(typeof DEFAULT_SEGMENTS)[number], string> = {
  Champions: 'Чемпионы',
  Loyal: 'Лояльные',
  'Potential Loyalist': 'Потенциально лояльные',
  'New Customers': 'Новые клиенты',
  Promising: 'Перспективные',
  'Need Attention': 'Требуют внимания',
  'About To Sleep': 'Засыпающие',
  'At Risk': 'В зоне риска',
  "Can't Lose Them": 'Нельзя потерять',
  Hibernating: 'Спящие',
  Lost: 'Потерянные',
};

/** The Russian label of a segment, or the name itself for user-made segments. */
export function segmentLabelRu(name: string): string {
  return (SEGMENT_LABELS_RU as Record<string, string>)[name] ?? name;
}
