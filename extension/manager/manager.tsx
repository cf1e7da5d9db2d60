import { useEffect, useRef, useState } from 'preact/hooks';
import type { EngineClient } from '../../core/worker/client.ts';
import type { ImportProgress } from '../../core/import/types.ts';
import { readSummary } from '../summary-store.ts';
import { refreshLookups } from './refresh-lookups.ts';
import { importSyncFile, isSyncFile } from './sync-file.ts';

const t = (key: string, ...substitutions: string[]) => chrome.i18n.getMessage(key, substitutions);
const locale = chrome.i18n.getUILanguage();

type State =
  | { kind: 'starting' }
  | { kind: 'idle' }
  | { kind: 'importing'; progress?: ImportProgress }
  | { kind: 'preparing' }
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

  const importFiles = async (files: File[]) => {
    if (files.length === 0) return;
    try {
      setState({ kind: 'importing' });
      const sync = files.filter(isSyncFile);
      for (const file of sync) await importSyncFile(file);
      const plain = files.filter((f) => !isSyncFile(f));
      await engine.importFiles(plain, {}, (progress) => setState({ kind: 'importing', progress }));
      setState({ kind: 'preparing' });
      const info = await refreshLookups(engine);
      setHeld({ customers: info.customers, updatedAt: info.builtAt });
      setState({ kind: 'idle' });
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const busy = state.kind === 'importing' || state.kind === 'preparing' || state.kind === 'starting';
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
          accept=".csv,.json,.txt,.tsv"
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
        {state.kind === 'idle' && t('managerReady')}
      </div>
      {state.kind === 'failed' && <p role="alert">{state.message}</p>}
    </main>
  );
}
