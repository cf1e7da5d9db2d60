import { useT } from '../../i18n/i18n-context.tsx';
import { shellMessages } from '../../shell/shell-messages.ts';

/** Schemes: ordered segments, reordering, overlap (issue #4). */
export function SchemesScreen() {
  const t = useT(shellMessages);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('schemes')}</h1>
    </section>
  );
}
