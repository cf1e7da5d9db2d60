import { useT } from '../../i18n/i18n-context.tsx';
import { shellMessages } from '../../shell/shell-messages.ts';

/** The segment list and editor (issue #4). */
export function SegmentsScreen() {
  const t = useT(shellMessages);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('segments')}</h1>
    </section>
  );
}
