import { useT } from '../../i18n/i18n-context.tsx';
import { shellMessages } from '../../shell/shell-messages.ts';

/** RFM settings, language, phone country, storage (issue #4). */
export function SettingsScreen() {
  const t = useT(shellMessages);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('settings')}</h1>
    </section>
  );
}
