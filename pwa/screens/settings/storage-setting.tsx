import { useEffect, useState } from 'preact/hooks';
import { useEngineData } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { formatBytes } from './format-bytes.ts';
import { settingsMessages } from './settings-messages.ts';

type Persist = 'unknown' | 'persisted' | 'best-effort' | 'unsupported';
type Asked = 'granted' | 'denied' | 'unsupported';

/** Space used (the engine's own figure and the browser's estimate) and the request for persistent storage. */
export function StorageSetting() {
  const t = useT(settingsMessages);
  const { data: status } = useEngineData((engine) => engine.status(), []);
  const [estimate, setEstimate] = useState<StorageEstimate | null>();
  const [persist, setPersist] = useState<Persist>('unknown');
  const [asked, setAsked] = useState<Asked>();
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;

  useEffect(() => {
    if (!storage?.estimate) setEstimate(null);
    else storage.estimate().then(setEstimate, () => setEstimate(null));
    if (!storage?.persisted) setPersist('unsupported');
    else storage.persisted().then((p) => setPersist(p ? 'persisted' : 'best-effort'), () => setPersist('unsupported'));
  }, [status]);

  const ask = async () => {
    if (!storage?.persist) return setAsked('unsupported');
    const granted = await storage.persist().catch(() => false);
    setAsked(granted ? 'granted' : 'denied');
    setPersist(granted ? 'persisted' : 'best-effort');
  };

  const size = (n: number) => formatBytes(n, t.lang);
  return (
    <section class="card settings-section" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage')}</h2>
      <div data-testid="storage-usage" aria-live="polite">
        {status?.storageBytes !== undefined && <p>{t('storageData', { size: size(status.storageBytes) })}</p>}
        {estimate?.usage !== undefined && estimate.quota !== undefined && (
          <p>{t('storageEstimate', { usage: size(estimate.usage), quota: size(estimate.quota) })}</p>
        )}
        {estimate === null && <p>{t('storageUnknown')}</p>}
        {persist === 'persisted' && <p>{t('persisted')}</p>}
        {persist === 'best-effort' && <p>{t('notPersisted')}</p>}
      </div>
      {persist !== 'persisted' && persist !== 'unsupported' && (
        <button type="button" onClick={() => void ask()}>{t('persist')}</button>
      )}
      <p aria-live="polite" data-testid="persist-result" class={asked === 'granted' ? 'summary' : undefined}>
        {asked === 'granted' ? t('persistGranted') : asked === 'denied' ? t('persistDenied') : asked === 'unsupported' ? t('persistUnsupported') : ''}
      </p>
    </section>
  );
}
