import { useState } from 'preact/hooks';
import type { ImportProgress } from '../../../core/import/types.ts';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { DashboardCharts } from './dashboard-charts.tsx';
import { dashboardMessages } from './dashboard-messages.ts';
import { FirstRun } from './first-run.tsx';
import './dashboard.css';

/** The first screen: the first-run panel on an empty app, else the dashboard's charts. */
export function DashboardScreen() {
  const t = useT(dashboardMessages);
  const f = useFormat();
  const { engine, changed } = useEngine();
  const { data: status } = useEngineData((e) => e.status(), []);
  const [progress, setProgress] = useState<ImportProgress>();
  const [busy, setBusy] = useState(false);
  // Message keys, not text, so a note follows a language switch; `raw` is an engine error's own message.
  const [note, setNote] = useState<{ key: 'imported' | 'cancelled'; params?: Record<string, string | number>; error?: boolean } | { raw: string; error: true }>();

  async function loadDemo() {
    setBusy(true);
    setNote(undefined);
    setProgress({ phase: 'reading', rowsRead: 0, rowsWritten: 0, fraction: 0 });
    try {
      const s = await engine.loadDemo(setProgress);
      const rows = s.files.reduce((n, file) => n + file.rows, 0);
      setNote({ key: 'imported', params: { rows, files: s.files.length, seconds: s.ms / 1000 } });
    } catch (error) {
      const cancelled = error instanceof Error && error.name === 'ImportCancelledError';
      setNote(cancelled ? { key: 'cancelled', error: true } : { raw: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
      setProgress(undefined);
      changed();
    }
  }

  return (
    <section class="dashboard" aria-labelledby="screen-title">
      <h1 id="screen-title">{t('title')}</h1>
      {note && (
        <p class={note.error ? 'error' : 'summary'} role={note.error ? 'alert' : 'status'}>
          {'raw' in note ? note.raw : t(note.key, note.params && {
            rows: f.count(Number(note.params.rows)), files: note.params.files, seconds: Number(note.params.seconds).toLocaleString(t.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
          })}
        </p>
      )}
      {/* The charts start loading with the status, not after it: each panel says "Loading…" meanwhile. */}
      {status && (status.customers === 0 || busy) ? (
        <FirstRun busy={busy} progress={progress} onDemo={() => void loadDemo()} onCancel={() => void engine.cancelImport()} />
      ) : (
        <DashboardCharts />
      )}
    </section>
  );
}
