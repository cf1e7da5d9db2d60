import { useEffect, useState } from 'preact/hooks';
import type { EngineClient } from '../../core/worker/client.ts';
import type { EngineStatus } from '../../core/worker/engine-api.ts';
import { writeSummary } from '../summary-store.ts';

const t = (key: string) => chrome.i18n.getMessage(key);

/** Stub: shows that the engine worker runs here (a normal extension page); the full UI comes with the integration. */
export function Manager({ engine }: { engine: EngineClient }) {
  const [status, setStatus] = useState<EngineStatus>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    (async () => {
      await engine.ping();
      const s = await engine.status();
      setStatus(s);
      await writeSummary({ customers: s.customers, updatedAt: Date.now() });
    })().catch(() => setFailed(true));
  }, [engine]);
  return (
    <main>
      <h1>{t('managerTitle')}</h1>
      <p role="status" data-testid="engine">
        {failed ? t('managerEngineFailed') : status ? `${t('managerEngineReady')}: ${status.customers}` : '…'}
      </p>
    </main>
  );
}
