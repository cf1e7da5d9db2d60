import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n/i18n-context.tsx';
import { onUpdateAvailable } from '../register-service-worker.ts';
import { updateMessages } from './update-messages.ts';
import './update-banner.css';

/** A non-blocking "new version available — Reload" bar while a new service worker waits. */
export function UpdateBanner() {
  const t = useT(updateMessages);
  const [apply, setApply] = useState<(() => void) | undefined>();
  const [dismissed, setDismissed] = useState(false);
  const [reloading, setReloading] = useState(false);
  useEffect(() => onUpdateAvailable((fn) => { setApply(() => fn); setDismissed(false); }), []);
  return (
    // The live region is always there (an announced region must exist before its content changes).
    <div role="status" aria-live="polite">
      {apply && !dismissed && (
        <div class="update-banner">
          <span>{t('available')}</span>
          <button type="button" class="primary" disabled={reloading} onClick={() => { setReloading(true); apply(); }}>
            {reloading ? t('reloading') : t('reload')}
          </button>
          <button type="button" onClick={() => setDismissed(true)}>{t('later')}</button>
        </div>
      )}
    </div>
  );
}
