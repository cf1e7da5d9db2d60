import { useT } from '../../i18n/i18n-context.tsx';
import { shellMessages } from '../../shell/shell-messages.ts';

/** The customer list and card (issue #4). */
export function CustomersScreen() {
  const t = useT(shellMessages);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('customers')}</h1>
    </section>
  );
}
