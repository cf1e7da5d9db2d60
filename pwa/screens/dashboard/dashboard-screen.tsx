import { useState } from 'preact/hooks';
import type { ImportProgress } from '../../../core/import/types.ts';
import type { ImportSummary } from '../../../core/worker/engine-api.ts';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { formatCount } from '../../format.ts';
import { CustomerTable } from '../customers/customer-table.tsx';
import { ImportPanel } from '../import/import-panel.tsx';

const PAGE = 50;

const describeImport = (s: ImportSummary) =>
  `Imported ${formatCount(s.files.reduce((n, f) => n + f.rows, 0))} rows from ${s.files.length} ` +
  `file${s.files.length === 1 ? '' : 's'} in ${(s.ms / 1000).toFixed(1)} s.`;

/** The first screen; until the dashboard of issue #4 lands, the import, the search and the table. */
export function DashboardScreen() {
  const { engine, changed } = useEngine();
  const [query, setQuery] = useState('');
  const [progress, setProgress] = useState<ImportProgress>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; error?: boolean }>();
  const { data: rows = [] } = useEngineData(
    (e) => (query.trim() ? e.lookup(query, PAGE) : e.listCustomers({ offset: 0, limit: PAGE }).then((p) => p.rows)),
    [query],
  );

  /** One import at a time, the user's files or the demo: progress, Cancel, then the summary and fresh rows. */
  async function runImport(start: (onProgress: (p: ImportProgress) => void) => Promise<ImportSummary>) {
    setBusy(true);
    setNote(undefined);
    setProgress({ phase: 'reading', rowsRead: 0, rowsWritten: 0, fraction: 0 });
    try {
      const summary = await start(setProgress);
      setNote({ text: describeImport(summary) });
    } catch (error) {
      setNote({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
      setProgress(undefined);
      changed();
    }
  }

  return (
    <section>
      <ImportPanel
        busy={busy}
        progress={progress}
        onFiles={(files) => runImport((onProgress) => engine.importFiles(files, {}, onProgress))}
        onDemo={() => runImport((onProgress) => engine.loadDemo(onProgress))}
        onCancel={() => void engine.cancelImport()}
      />
      {note && <p class={note.error ? 'error' : 'summary'} role={note.error ? 'alert' : undefined}>{note.text}</p>}
      <div class="toolbar">
        <input
          type="search"
          aria-label="Find a customer"
          placeholder="Email, phone, ID or name"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <CustomerTable rows={rows} />
    </section>
  );
}
