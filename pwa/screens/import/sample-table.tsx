import { useT } from '../../i18n/i18n-context.tsx';
import type { ImportPreview } from '../../../core/worker/engine-api.ts';
import { importMessages } from './import-messages.ts';

/** The file's first rows as the import reads them, scrolling sideways on narrow screens. */
export function SampleTable({ preview }: { preview: ImportPreview }) {
  const t = useT(importMessages);
  if (preview.sample.length === 0) return <p class="muted">{t('noRows')}</p>;
  const label = t('firstRowsOf', { file: preview.file });
  return (
    <div class="scroll-x" tabIndex={0} role="region" aria-label={label}>
      <table class="sample-table">
        <caption class="visually-hidden">{label}</caption>
        <thead><tr>{preview.headers.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr></thead>
        <tbody>
          {preview.sample.map((row, r) => <tr key={r}>{row.map((cell, i) => <td key={i}>{cell}</td>)}</tr>)}
        </tbody>
      </table>
    </div>
  );
}
