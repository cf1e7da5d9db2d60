import { useRef, useState } from 'preact/hooks';
import { remapColumn } from '../../../core/worker/client.ts';
import type { MappedColumn } from '../../../core/import/column-map.ts';
import type { DateOrder, ImportProgress } from '../../../core/import/types.ts';
import type { FileOverrides, ImportHistoryEntry, ImportSummary } from '../../../core/worker/engine-api.ts';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { downloadText } from '../../download/download-blob.ts';
import { rejectedFileName } from './rejected-file-name.ts';
import { FileDropZone } from './file-drop-zone.tsx';
import { FileReview } from './file-review.tsx';
import { asWorkerError, importErrorText } from './import-error-text.ts';
import { dateUndecided, overridesByName, type ImportEntry } from './import-entry.ts';
import { ImportHistory } from './import-history.tsx';
import { importMessages } from './import-messages.ts';
import { ImportProgressBar } from './import-progress-bar.tsx';
import { ImportReport } from './import-report.tsx';
import './import.css';

type Stage =
  | { kind: 'review' }
  | { kind: 'importing'; progress: ImportProgress }
  | { kind: 'done'; summary: ImportSummary; records: Map<string, ImportHistoryEntry> };

/**
 * The import wizard (issue #4): pick or drop files, check and correct how each is read (format,
 * date order, column mapping) against its first rows, import with progress and Cancel, then the
 * report; the import history below, each import's rejected rows downloadable.
 */
export function ImportScreen() {
  const { engine, changed } = useEngine();
  const t = useT(importMessages);
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const [stage, setStage] = useState<Stage>({ kind: 'review' });
  const [alert, setAlert] = useState<string>();
  const nextKey = useRef(0);
  /** The running import's number: a progress report arriving after its end must not show it again. */
  const run = useRef(0);
  const { data: history = [] } = useEngineData((e) => e.importHistory(), []);
  const busy = stage.kind === 'importing';

  const update = (key: number, change: (e: ImportEntry) => ImportEntry) =>
    setEntries((list) => list.map((e) => (e.key === key ? change(e) : e)));

  /** Asks the engine how it would read the file with these overrides. */
  function inspect(entry: ImportEntry, overrides: FileOverrides) {
    update(entry.key, (e) => ({ ...e, overrides, preview: undefined, error: undefined }));
    engine.inspectFile(entry.file, overrides).then(
      (preview) => update(entry.key, (e) => (e.overrides === overrides ? { ...e, preview } : e)),
      (error: unknown) => update(entry.key, (e) => (e.overrides === overrides ? { ...e, error: asWorkerError(error) } : e)),
    );
  }

  function addFiles(files: File[]) {
    setAlert(undefined);
    const added = files.map((file): ImportEntry => ({ key: nextKey.current++, file, overrides: {} }));
    const names = new Set(files.map((f) => f.name));
    setStage({ kind: 'review' });
    setEntries((list) => [...list.filter((e) => !names.has(e.file.name)), ...added]);
    for (const entry of added) inspect(entry, {});
  }

  function setField(entry: ImportEntry, index: number, field: MappedColumn['field']) {
    if (!entry.preview) return;
    const mapping = remapColumn(entry.preview.mapping, index, field);
    update(entry.key, (e) => ({ ...e, overrides: { ...e.overrides, mapping }, preview: e.preview && { ...e.preview, mapping } }));
  }

  function setDateOrder(entry: ImportEntry, dateOrder: DateOrder | undefined) {
    update(entry.key, (e) => ({ ...e, needsDateOrder: false, overrides: { ...e.overrides, dateOrder } }));
  }

  const ready = entries.filter((e) => e.preview);
  const pending = entries.some((e) => !e.preview && !e.error);

  async function runImport() {
    setAlert(undefined);
    const mine = ++run.current;
    const started = Date.now();
    setStage({ kind: 'importing', progress: { phase: 'reading', rowsRead: 0, rowsWritten: 0, fraction: 0 } });
    try {
      const summary = await engine.importFiles(ready.map((e) => e.file), { files: overridesByName(ready) }, (progress) => {
        if (run.current === mine) setStage({ kind: 'importing', progress });
      });
      const all = await engine.importHistory();
      // This import's records: the newest ones, written after it started (the worker shares the page's clock).
      const recent = all.slice(-summary.files.length).filter((r) => r.importedAt >= started - 1000);
      const records = new Map(recent.map((r) => [r.fileName, r]));
      setEntries([]);
      setStage({ kind: 'done', summary, records });
    } catch (thrown) {
      const error = asWorkerError(thrown);
      if (error.code === 'ambiguous_date_order') {
        setEntries((list) => list.map((e) => (dateUndecided(e) ? { ...e, needsDateOrder: true } : e)));
      }
      setAlert(error.name === 'ImportCancelledError' ? t('cancelled') : t('failed', { reason: importErrorText(error, t) }));
      setStage({ kind: 'review' });
    } finally {
      run.current++;
      changed();
    }
  }

  /** Leaves the report for the file picker. */
  function importMore() {
    setStage({ kind: 'review' });
    document.querySelector<HTMLInputElement>('.import-screen input[type=file]')?.focus();
  }

  async function download(record: ImportHistoryEntry) {
    try {
      downloadText(rejectedFileName(record.fileName), await engine.rejectedRowsCsv(record.id));
    } catch (error) {
      setAlert(asWorkerError(error).message);
    }
  }

  return (
    <section class="import-screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t('title')}</h1>
      <p class="muted">{t('intro')}</p>
      <FileDropZone disabled={busy} onFiles={addFiles} />
      <div aria-live="polite">{alert && <p class="error" role="alert">{alert}</p>}</div>
      {stage.kind === 'done' && (
        <ImportReport summary={stage.summary} records={stage.records} onDownload={download} onMore={importMore} />
      )}
      {entries.length > 0 && (
        <>
          <div class="file-list">
            {entries.map((entry) => (
              <FileReview
                key={entry.key}
                entry={entry}
                disabled={busy}
                onImporter={(importer) => inspect(entry, { importer, dateOrder: entry.overrides.dateOrder })}
                onDateOrder={(order) => setDateOrder(entry, order)}
                onField={(index, field) => setField(entry, index, field)}
                onRemove={() => setEntries((list) => list.filter((e) => e.key !== entry.key))}
              />
            ))}
          </div>
          {ready.length < entries.length && !pending && <p class="muted">{t('skipped')}</p>}
          {stage.kind === 'importing' ? (
            <ImportProgressBar progress={stage.progress} onCancel={() => void engine.cancelImport()} />
          ) : (
            <div class="toolbar">
              <button type="button" class="primary" disabled={ready.length === 0 || pending} onClick={() => void runImport()}>
                {t.plural('importFiles', ready.length)}
              </button>
              <button type="button" onClick={() => setEntries([])}>{t('clear')}</button>
            </div>
          )}
        </>
      )}
      <ImportHistory history={history} onDownload={download} />
    </section>
  );
}
