import { useT } from '../../i18n/i18n-context.tsx';
import { shellMessages } from '../../shell/shell-messages.ts';

/** Export and import of the sync file (issue #6). */
export function SyncScreen() {
  const t = useT(shellMessages);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('sync')}</h1>
    </section>
  );
}
