import { useT } from '../i18n/i18n-context.tsx';
import { shellMessages } from './shell-messages.ts';

export function NotFound() {
  const t = useT(shellMessages);
  return (
    <section>
      <p>{t('notFound')}</p>
      <a href="/">{t('goHome')}</a>
    </section>
  );
}
