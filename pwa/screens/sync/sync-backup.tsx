import { useEffect, useRef, useState } from 'preact/hooks';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/i18n-context.tsx';
import { formatBytes } from '../settings/format-bytes.ts';
import { syncMessages } from './sync-messages.ts';

type State = 'idle' | 'confirming' | 'restoring' | 'restored' | { failed: string };

/** When the backup before the last merge was taken, and restoring it after a confirmation. */
export function SyncBackup() {
  const t = useT(syncMessages);
  const f = useFormat();
  const { lang } = useLang();
  const { engine, changed } = useEngine();
  const backup = useEngineData((e) => e.backupInfo(), []);
  const [state, setState] = useState<State>('idle');
  const cancel = useRef<HTMLButtonElement>(null);
  // The button that asked is gone: focus the safe answer.
  useEffect(() => { if (state === 'confirming') cancel.current?.focus(); }, [state === 'confirming']);

  const restore = async () => {
    setState('restoring');
    try {
      await engine.restoreBackup();
      setState('restored');
      changed();
    } catch (error) {
      setState({ failed: t('restoreFailed', { message: (error as Error).message }) });
    }
  };
  const info = backup.data;
  return (
    <section class="card" aria-labelledby="sync-backup-title">
      <h2 id="sync-backup-title">{t('backupTitle')}</h2>
      <p data-testid="sync-backup-info">
        {info ? t('backupAt', { when: f.date(info.at, true), size: formatBytes(info.bytes, lang) }) : backup.loading ? '…' : t('backupNone')}
      </p>
      {info && (state === 'confirming' || state === 'restoring' ? (
        <div class="confirm" role="alertdialog" aria-labelledby="sync-restore-question">
          <p id="sync-restore-question">{t('restoreQuestion', { when: f.date(info.at, true) })}</p>
          <div class="toolbar">
            <button type="button" class="primary" disabled={state === 'restoring'} onClick={() => void restore()}>
              {state === 'restoring' ? t('restoring') : t('restoreConfirm')}
            </button>
            <button type="button" ref={cancel} disabled={state === 'restoring'} onClick={() => setState('idle')}>{t('cancel')}</button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setState('confirming')}>{t('restore')}</button>
      ))}
      <p aria-live="polite" class={typeof state === 'object' ? 'error' : 'summary'} data-testid="sync-restore-status">
        {state === 'restored' ? t('restored') : typeof state === 'object' ? state.failed : ''}
      </p>
    </section>
  );
}
