import { segmentLabelRu } from '../../../core/worker/client.ts';
import type { Lang } from '../../i18n/lang.ts';

/** An RFM segment's name as shown: the engine stores the English default names; Russian has its own labels. */
export function segmentLabel(name: string, lang: Lang): string {
  return lang === 'ru' ? segmentLabelRu(name) : name;
}
