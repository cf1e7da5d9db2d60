import { segmentLabelRu } from '../../../core/worker/client.ts';
import type { Lang } from '../../i18n/lang.ts';

/** An RFM segment's name in the UI language (user-made names stay as written). */
export function rfmLabel(name: string, lang: Lang): string {
  return lang === 'ru' ? segmentLabelRu(name) : name;
}
