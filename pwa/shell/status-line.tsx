import { useEngineData } from '../engine/engine-context.tsx';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { shellMessages } from './shell-messages.ts';

/** Customers, orders and scored counts; reloads after every data change. */
export function StatusLine() {
  const t = useT(shellMessages);
  const f = useFormat();
  const { data: status } = useEngineData((engine) => engine.status(), []);
  return (
    <p class="status" role="status" aria-live="polite" data-testid="status">
      {status
        ? t('status', { customers: f.count(status.customers), orders: f.count(status.orders), scored: f.count(status.scored) })
        : t('starting')}
    </p>
  );
}
