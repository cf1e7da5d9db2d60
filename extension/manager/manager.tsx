import { useEffect, useRef, useState } from 'preact/hooks';
import type { EngineClient } from '../../core/worker/client.ts';
import type { ImportProgress } from '../../core/import/types.ts';
import type { SyncPreview } from '../../core/worker/sync-api.ts';
import { readSummary } from '../summary-store.ts';
import { refreshLookups } from './refresh-lookups.ts';
import { SyncConfirm } from './sync-confirm.tsx';
import { isSyncFile, syncErrorMessage } from './sync-file.ts';

const t = (key: string, ...substitutions: string[]) => chrome.i18n.getMessage(key, substitutions);
const locale = chrome.i18n.getUILanguage();

type State =
  | { kind: 'starting' }
  | { kind: 'idle' }
  | { kind: 'importing'; progress?: ImportProgress }
  | { kind: 'preparing' }
  | { kind: 'reading-sync'; name: string }
  | { kind: 'confirm-sync'; preview: SyncPreview; applying?: boolean }
  | { kind: 'failed'; message: string };

/** The extension's data: import files, see how many customers it holds and when they were updated. */
export function Manager({ engine }: { engine: EngineClient }) {
  const [state, setState] = useState<State>({ kind: 'starting' });
  const [held, setHeld] = useState<{ customers: number; updatedAt: number }>();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    (async () => {
      const status = await engine.status();
      const summary = await readSummary();
      // No look-ups yet, or the data changed since (another version, a cleared store): rebuild them.
      if (!summary || (status.lastImportAt ?? 0) > summary.updatedAt) {
        setState({ kind: 'preparing' });
        const info = await refreshLookups(engine);
        setHeld({ customers: info.customers, updatedAt: info.builtAt });
      } else {
        setHeld(summary);
      }
      setState({ kind: 'idle' });
    })().catch((e: unknown) => setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }));
  }, [engine]);

  const count = (n: number) => new Intl.NumberFormat(locale).format(n);

  const refresh = async () => {
    setState({ kind: 'preparing' });
    const info = await refreshLookups(engine);
    setHeld({ customers: info.customers, updatedAt: info.builtAt });
    setState({ kind: 'idle' });
  };

  /** Plain files are imported at once; a sync file (the first one chosen) is previewed for confirmation. */
  const importFiles = async (files: File[]) => {
    if (files.length === 0) return;
    try {
      const plain = files.filter((f) => !isSyncFile(f));
      const sync = files.find(isSyncFile);
      if (plain.length > 0) {
        setState({ kind: 'importing' });
        await engine.importFiles(plain, {}, (progress) => setState({ kind: 'importing', progress }));
        await refresh();
      }
      if (sync) {
        setState({ kind: 'reading-sync', name: sync.name });
        const preview = await engine.previewSync(sync).catch((e: unknown) => { throw new Error(syncErrorMessage(e)); });
        setState({ kind: 'confirm-sync', preview });
      }
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const applySync = async (preview: SyncPreview) => {
    try {
      setState({ kind: 'confirm-sync', preview, applying: true });
      await engine.applySync(preview.planId);
      await refresh();
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const busy = state.kind === 'importing' || state.kind === 'preparing' || state.kind === 'starting'
    || state.kind === 'reading-sync' || state.kind === 'confirm-sync';
  return (
    <main>
      <h1>{t('managerTitle')}</h1>
      <p data-testid="held">
        {held
          ? t('managerHeld', new Intl.NumberFormat(locale).format(held.customers),
              held.updatedAt ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(held.updatedAt) : '—')
          : '…'}
      </p>
      <label>
        {t('managerImportLabel')}{' '}
        <input
          ref={input}
          type="file"
          multiple
          accept=".csv,.json,.txt,.tsv,.segmenta"
          disabled={busy}
          onChange={(e) => void importFiles([...(e.currentTarget.files ?? [])])}
        />
      </label>
      <p class="hint">{t('managerImportHint')}</p>
      <div role="status" data-testid="state">
        {state.kind === 'importing' && (
          <>
            <progress max={1} value={state.progress?.fraction} />{' '}
            {state.progress ? t('managerProgress', state.progress.phase, new Intl.NumberFormat(locale).format(state.progress.rowsRead)) : t('managerImporting')}{' '}
            <button type="button" onClick={() => void engine.cancelImport()}>{t('managerCancel')}</button>
          </>
        )}
        {state.kind === 'preparing' && t('managerPreparing')}
        {state.kind === 'reading-sync' && t('managerSyncReading', state.name)}
        {state.kind === 'idle' && t('managerReady')}
      </div>
      {state.kind === 'confirm-sync' && (
        <SyncConfirm
          preview={state.preview}
          applying={state.applying === true}
          count={count}
          onConfirm={() => void applySync(state.preview)}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
      {state.kind === 'failed' && <p role="alert">{state.message}</p>}
    </main>
  );
}
