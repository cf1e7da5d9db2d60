import { useState } from 'preact/hooks';
import type { ExportPresetId, ExportRequest, SegmentExportFile } from '../../../core/worker/segments-api.ts';
import { useEngine } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { segmentsMessages } from './segments-messages.ts';
import { downloadText } from '../../download/download-blob.ts';

const PRESETS: { id: ExportPresetId; label: string }[] = [
  { id: 'generic', label: 'CSV / Excel' }, { id: 'mailchimp', label: 'Mailchimp' }, { id: 'unisender', label: 'Unisender' }, { id: 'sendpulse', label: 'SendPulse' },
];

/** Hands a text to the browser as a downloaded file. */
const download = (file: SegmentExportFile): void => downloadText(file.fileName, file.text, file.mimeType);

/** Export for mailing: a service's import format, CSV or JSON, delimiter, BOM, consent only; then a summary. */
export function ExportPanel({ segmentId }: { segmentId: string }) {
  const t = useT(segmentsMessages);
  const fmt = useFormat();
  const { engine } = useEngine();
  const [req, setReq] = useState<Required<ExportRequest>>({
    preset: 'generic', format: 'csv', delimiter: t.lang === 'ru' ? ';' : ',', bom: t.lang === 'ru', consentOnly: true,
  });
  const [done, setDone] = useState<SegmentExportFile>();
  const [error, setError] = useState<string>();
  const set = (change: Partial<ExportRequest>) => setReq({ ...req, ...change });
  const run = async () => {
    setError(undefined);
    try {
      const file = await engine.exportSegment(segmentId, req);
      download(file);
      setDone(file);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section class="card export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('export')}</h2>
      <div class="export-grid">
        <label>{t('exportPreset')}
          <select value={req.preset} onChange={(e) => set({ preset: e.currentTarget.value as ExportPresetId })}>
            {PRESETS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
          </select>
        </label>
        <label>{t('exportFormat')}
          <select value={req.format} onChange={(e) => set({ format: e.currentTarget.value as 'csv' | 'json' })}>
            <option value="csv">CSV</option><option value="json">JSON</option>
          </select>
        </label>
        {req.format === 'csv' && (
          <label>{t('exportDelimiter')}
            <select value={req.delimiter} onChange={(e) => set({ delimiter: e.currentTarget.value as ',' | ';' })}>
              <option value=",">{t('delimiterComma')}</option><option value=";">{t('delimiterSemicolon')}</option>
            </select>
          </label>
        )}
        {req.format === 'csv' && (
          <label class="check"><input type="checkbox" checked={req.bom} onChange={(e) => set({ bom: e.currentTarget.checked })} /> {t('exportBom')}</label>
        )}
        <label class="check"><input type="checkbox" checked={req.consentOnly} onChange={(e) => set({ consentOnly: e.currentTarget.checked })} /> {t('exportConsent')}</label>
      </div>
      <button type="button" class="primary" onClick={run}>{t('exportButton')}</button>
      <div aria-live="polite">
        {done && (
          <p class="summary" data-testid="export-summary">
            {t('exportDone', { file: done.fileName, rows: fmt.count(done.rows), noConsent: fmt.count(done.skippedNoConsent), noContact: fmt.count(done.skippedNoContact) })}
            {done.truncatedCells > 0 && ` ${t('exportTruncated', { n: fmt.count(done.truncatedCells) })}`}
          </p>
        )}
        {error && <p role="alert" class="error">{error}</p>}
      </div>
    </section>
  );
}
