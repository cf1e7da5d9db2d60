import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ImportProgress } from '../core/import/types.ts';
import type { EngineClient } from '../core/worker/client.ts';
import type { CustomerRow, EngineStatus, ImportSummary } from '../core/worker/engine-api.ts';
import { CustomerTable } from './customer-table.tsx';
import { formatCount } from './format.ts';
import { ImportPanel } from './import-panel.tsx';
import { StatusLine } from './status-line.tsx';

const PAGE = 50;

const describeImport = (s: ImportSummary) =>
  `Imported ${formatCount(s.files.reduce((n, f) => n + f.rows, 0))} rows from ${s.files.length} ` +
  `file${s.files.length === 1 ? '' : 's'} in ${(s.ms / 1000).toFixed(1)} s.`;

export function App({ engine }: { engine: EngineClient }) {
  const [status, setStatus] = useState<EngineStatus>();
  const [rows, setRows] = useState<CustomerRow[]>([]);
  const [query, setQuery] = useState('');
  const [progress, setProgress] = useState<ImportProgress>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; error?: boolean }>();
  // Answers can come back out of order while the user types; only the latest request may set rows.
  const latest = useRef(0);

  const refresh = useCallback(
    async (q: string) => {
      const ticket = ++latest.current;
      const [s, r] = await Promise.all([
        engine.status(),
        q.trim() ? engine.lookup(q, PAGE) : engine.listCustomers({ offset: 0, limit: PAGE }).then((p) => p.rows),
      ]);
      if (ticket !== latest.current) return;
      setStatus(s);
      setRows(r);
    },
    [engine],
  );

  const fail = (error: unknown) => setNote({ text: error instanceof Error ? error.message : String(error), error: true });

  useEffect(() => {
    refresh(query).catch(fail);
  }, [refresh, query]);

  /** One import at a time, the user's files or the demo: progress, Cancel, then the summary and fresh rows. */
  async function runImport(start: (onProgress: (p: ImportProgress) => void) => Promise<ImportSummary>) {
    setBusy(true);
    setNote(undefined);
    setProgress({ phase: 'reading', rowsRead: 0, rowsWritten: 0, fraction: 0 });
    try {
      const summary = await start(setProgress);
      setNote({ text: describeImport(summary) });
      await refresh(query);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  }

  return (
    <main>
      <h1>Segmenta</h1>
      <ImportPanel
        busy={busy}
        progress={progress}
        onFiles={(files) => runImport((onProgress) => engine.importFiles(files, {}, onProgress))}
        onDemo={() => runImport((onProgress) => engine.loadDemo(onProgress))}
        onCancel={() => void engine.cancelImport()}
      />
      <StatusLine status={status} />
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
    </main>
  );
}
