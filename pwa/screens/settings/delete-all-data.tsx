import { useEffect, useRef, useState } from 'preact/hooks';
import { useEngine } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { settingsMessages } from './settings-messages.ts';

type State = 'idle' | 'confirming' | 'deleting' | 'deleted' | { failed: string };

/** Deletes everything on the device after an explicit confirmation. */
export function DeleteAllData() {
  const t = useT(settingsMessages);
  const { engine, changed } = useEngine();
  const [state, setState] = useState<State>('idle');
  const cancel = useRef<HTMLButtonElement>(null);
  // The button that opened the question is gone: focus its safe answer.
  useEffect(() => { if (state === 'confirming') cancel.current?.focus(); }, [state === 'confirming']);
  const remove = async () => {
    setState('deleting');
    try {
      await engine.clear();
      setState('deleted');
      changed();
    } catch (error) {
      setState({ failed: (error as Error).message });
    }
  };
  return (
    <section class="card settings-section danger-zone" aria-labelledby="danger-title">
      <h2 id="danger-title">{t('danger')}</h2>
      <p class="hint">{t('dangerHint')}</p>
      {state === 'confirming' || state === 'deleting' ? (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete">
          <p id="confirm-delete">{t('confirmDelete')}</p>
          <div class="toolbar">
            <button type="button" class="danger" disabled={state === 'deleting'} onClick={() => void remove()}>
              {state === 'deleting' ? t('deleting') : t('confirmDeleteButton')}
            </button>
            <button type="button" ref={cancel} disabled={state === 'deleting'} onClick={() => setState('idle')}>{t('cancel')}</button>
          </div>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => setState('confirming')}>{t('deleteAll')}</button>
      )}
      <p aria-live="polite" class={typeof state === 'object' ? 'error' : 'summary'}>
        {state === 'deleted' ? t('deleted') : typeof state === 'object' ? t('failed', { message: state.failed }) : ''}
      </p>
    </section>
  );
}
