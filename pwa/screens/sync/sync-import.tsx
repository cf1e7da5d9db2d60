import { useEffect, useRef, useState } from 'preact/hooks';
import type { SyncPreview } from '../../../core/worker/sync-api.ts';
import { useEngine } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { syncErrorText } from './sync-error-text.ts';
import { syncMessages } from './sync-messages.ts';
import { SyncPreviewView } from './sync-preview.tsx';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'preview'; preview: SyncPreview; applying?: boolean }
  | { kind: 'applied'; text: string }
  | { kind: 'failed'; text: string };

/** Pick a sync file → see what merging it changes → Merge (backup first) or Cancel. */
export function SyncImport() {
  const t = useT(syncMessages);
  const f = useFormat();
  const { engine, changed } = useEngine();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  const previewing = state.kind === 'preview';
  // Move focus to the preview so keyboard and screen-reader users land on what to confirm.
  useEffect(() => { if (previewing) heading.current?.focus(); }, [previewing]);

  const read = async (file: File) => {
    setState({ kind: 'reading', name: file.name });
    try {
      setState({ kind: 'preview', preview: await engine.previewSync(file) });
    } catch (error) {
      setState({ kind: 'failed', text: syncErrorText(error, t) });
    }
  };
  const apply = async (preview: SyncPreview) => {
    setState({ kind: 'preview', preview, applying: true });
    try {
      const done = await engine.applySync(preview.planId);
      setState({ kind: 'applied', text: t('applied', { name: preview.fileName, n: f.count(done.customers) }) });
      changed();
    } catch (error) {
      setState({ kind: 'failed', text: t('applyFailed', { message: (error as Error).message }) });
    }
  };
  const busy = state.kind === 'reading' || (state.kind === 'preview' && state.applying === true);

  return (
    <section class="card" aria-labelledby="sync-import-title">
      <h2 id="sync-import-title">{t('importTitle')}</h2>
      <p class="hint">{t('importHint')}</p>
      {state.kind !== 'preview' && (
        <label class="file-button">
          {t('pick')}
          <input
            type="file"
            accept=".segmenta,application/gzip,application/octet-stream"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) void read(file);
            }}
          />
        </label>
      )}
      {state.kind === 'preview' && (
        <div class="sync-preview" data-testid="sync-preview">
          <h3 ref={heading} tabIndex={-1}>{t('previewTitle', { name: state.preview.fileName })}</h3>
          <SyncPreviewView preview={state.preview} />
          {!state.preview.nothingToDo && <p class="hint">{t('confirmHint')}</p>}
          <div class="toolbar">
            {!state.preview.nothingToDo && (
              <button type="button" class="primary" disabled={busy} onClick={() => void apply(state.preview)}>
                {state.applying ? t('applying') : t('confirm')}
              </button>
            )}
            <button type="button" disabled={busy} onClick={() => setState({ kind: 'idle' })}>
              {state.preview.nothingToDo ? t('close') : t('cancel')}
            </button>
          </div>
        </div>
      )}
      <p
        aria-live="polite"
        role={state.kind === 'failed' ? 'alert' : undefined}
        class={state.kind === 'failed' ? 'error' : 'summary'}
        data-testid="sync-import-status"
      >
        {state.kind === 'reading' && t('reading', { name: state.name })}
        {state.kind === 'applied' && state.text}
        {state.kind === 'failed' && state.text}
      </p>
    </section>
  );
}
