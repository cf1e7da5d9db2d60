import type { DateOrder, Delimiter } from '../../../core/import/types.ts';
import type { MappedColumn } from '../../../core/import/column-map.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { ColumnMapping } from './column-mapping.tsx';
import { importErrorText } from './import-error-text.ts';
import { dateUndecided, type ImportEntry } from './import-entry.ts';
import { importMessages, type ImportMessage } from './import-messages.ts';
import { SampleTable } from './sample-table.tsx';

const DELIMITERS: Record<Delimiter, ImportMessage> = { ',': 'delim_comma', ';': 'delim_semicolon', '\t': 'delim_tab', '|': 'delim_pipe' };
const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'iso'];

interface Props {
  entry: ImportEntry;
  disabled: boolean;
  onImporter(id: string): void;
  onDateOrder(order: DateOrder | undefined): void;
  onField(index: number, field: MappedColumn['field']): void;
  onRemove(): void;
}

/** One file: what it is, how it is read (changeable), its columns and first rows, or why it cannot be imported. */
export function FileReview({ entry, disabled, onImporter, onDateOrder, onField, onRemove }: Props) {
  const t = useT(importMessages);
  const { file, preview, error } = entry;
  const id = `file-${entry.key}`;
  const isJson = preview?.format === 'json';
  const ambiguous = dateUndecided(entry) || entry.needsDateOrder;
  return (
    <article class="file-review card" aria-labelledby={`${id}-name`} data-file={file.name}>
      <header class="file-head">
        <h3 id={`${id}-name`}>{file.name}</h3>
        {preview && <span class={`kind kind-${preview.importer.kind}`}>{t(`kind_${preview.importer.kind}`)}</span>}
        <button type="button" class="remove" aria-label={t('removeFile', { file: file.name })} disabled={disabled} onClick={onRemove}>
          {t('remove')}
        </button>
      </header>
      {!preview && !error && <p class="muted">{t('inspecting', { file: file.name })}</p>}
      {error && <p class="error file-error">{t('cannotImport', { reason: importErrorText(error, t) })}</p>}
      {preview && (
        <>
          <dl class="dialect">
            {isJson ? (
              <div><dt>{t('encoding')}</dt><dd>{t('json')} · {preview.dialect.encoding}</dd></div>
            ) : (
              <>
                <div><dt>{t('encoding')}</dt><dd data-testid="encoding">{preview.dialect.encoding}{preview.dialect.bom ? ` (${t('bom')})` : ''}</dd></div>
                <div><dt>{t('delimiter')}</dt><dd data-testid="delimiter">{t(DELIMITERS[preview.dialect.delimiter])}</dd></div>
                <div><dt>{t('decimal')}</dt><dd data-testid="decimal">{t(preview.dialect.decimalComma ? 'decimalComma' : 'decimalPoint')}</dd></div>
              </>
            )}
          </dl>
          <div class="file-options">
            <label>
              <span>{t('readAs')}</span>
              <select value={preview.importer.id} disabled={disabled} onChange={(e) => onImporter(e.currentTarget.value)}>
                {preview.candidates.map((c) => <option key={c.id} value={c.id}>{c.id === 'campaign-results' ? t('kind_campaigns') : c.label}</option>)}
              </select>
            </label>
            {preview.importer.kind !== 'campaigns' && (
              <label>
                <span>{t('dateOrder')}</span>
                <select
                  value={entry.overrides.dateOrder ?? preview.dialect.dateOrder ?? ''}
                  disabled={disabled}
                  aria-invalid={entry.needsDateOrder ? true : undefined}
                  aria-describedby={ambiguous ? `${id}-date` : undefined}
                  onChange={(e) => onDateOrder((e.currentTarget.value || undefined) as DateOrder | undefined)}
                >
                  {!preview.dialect.dateOrder && <option value="">{t('date_auto')}</option>}
                  {DATE_ORDERS.map((o) => <option key={o} value={o}>{t(`date_${o}`)}</option>)}
                </select>
              </label>
            )}
          </div>
          {ambiguous && (
            <p id={`${id}-date`} class={entry.needsDateOrder ? 'error' : 'warn'} role={entry.needsDateOrder ? 'alert' : undefined}>
              {t(entry.needsDateOrder ? 'dateRequired' : 'dateAmbiguous')}
            </p>
          )}
          <h4>{t('columns')}</h4>
          {preview.campaignMapping && <p class="muted">{t('campaignNote')}</p>}
          <ColumnMapping preview={preview} disabled={disabled} onChange={onField} />
          <h4>{t('firstRows')}</h4>
          <SampleTable preview={preview} />
        </>
      )}
    </article>
  );
}
