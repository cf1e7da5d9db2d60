import { CUSTOMER_FIELDS, ORDER_FIELDS } from '../../../core/worker/client.ts';
import type { MappedColumn } from '../../../core/import/column-map.ts';
import type { ImportPreview } from '../../../core/worker/engine-api.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { importMessages, type ImportMessage } from './import-messages.ts';

type Field = MappedColumn['field'];

/** Customer files keep unknown columns as attributes; order files also carry their customer's identity. */
const CHOICES: Record<'customers' | 'orders', readonly Field[]> = {
  customers: [...CUSTOMER_FIELDS, 'attribute', 'ignore'],
  orders: [...ORDER_FIELDS, ...CUSTOMER_FIELDS, 'ignore'],
};

interface Props {
  preview: ImportPreview;
  disabled: boolean;
  onChange(index: number, field: Field): void;
}

/** Each column, what it is imported as (changeable), and its first values. */
export function ColumnMapping({ preview, disabled, onChange }: Props) {
  const t = useT(importMessages);
  const label = (f: string) => t(`field_${f}` as ImportMessage);
  const examples = (i: number) => preview.sample.map((row) => row[i]).filter((v) => v !== '').slice(0, 3).join(' · ');
  const campaign = preview.campaignMapping;
  const kind = preview.mapping.kind;
  return (
    <div class="scroll-x" tabIndex={0} role="region" aria-label={`${t('columns')}: ${preview.file}`}>
      <table class="mapping-table">
        <thead>
          <tr><th scope="col">{t('column')}</th><th scope="col">{t('field')}</th><th scope="col">{t('examples')}</th></tr>
        </thead>
        <tbody>
          {preview.headers.map((header, i) => (
            <tr key={i}>
              <th scope="row">{header}</th>
              <td>
                {campaign ? label(campaign.columns[i]?.field ?? 'ignore') : (
                  <select
                    aria-label={t('fieldFor', { column: header })}
                    value={preview.mapping.columns[i]?.field ?? 'ignore'}
                    disabled={disabled}
                    onChange={(e) => onChange(i, e.currentTarget.value as Field)}
                  >
                    {CHOICES[kind].map((f) => <option key={f} value={f}>{label(f)}</option>)}
                  </select>
                )}
              </td>
              <td class="examples">{examples(i)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
