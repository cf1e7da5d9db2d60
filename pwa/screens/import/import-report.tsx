import type { ImportHistoryEntry, ImportSummary } from '../../../core/worker/engine-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { importMessages } from './import-messages.ts';
import { RejectedRows } from './rejected-rows.tsx';
import { RejectedCount } from './rejected-count.tsx';

interface Props {
  summary: ImportSummary;
  /** The history records of this import's files, by file name, for their rejected rows. */
  records: Map<string, ImportHistoryEntry>;
  onDownload(record: ImportHistoryEntry): void;
  onMore(): void;
}

/** What the import did, file by file, with each file's rejected rows to download. */
export function ImportReport({ summary, records, onDownload, onMore }: Props) {
  const t = useT(importMessages);
  const f = useFormat();
  const rows = summary.files.reduce((n, file) => n + file.rows, 0);
  const anyRejected = summary.files.some((file) => file.rejected > 0);
  const seconds = new Intl.NumberFormat(t.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(summary.ms / 1000);
  return (
    <section class="import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{t('report')}</h2>
      <p class="summary">{t('summary', { rows: f.count(rows), files: t.plural('summaryFiles', summary.files.length), seconds })}</p>
      <div class="scroll-x" tabIndex={0} role="region" aria-labelledby="import-report-title">
        <table class="report-table">
          <thead>
            <tr>
              <th scope="col">{t('file')}</th>
              <th scope="col" class="num">{t('rows')}</th>
              <th scope="col" class="num">{t('customersNew')}</th>
              <th scope="col" class="num">{t('customersMerged')}</th>
              <th scope="col" class="num">{t('ordersNew')}</th>
              <th scope="col" class="num">{t('ordersDuplicate')}</th>
              <th scope="col" class="num">{t('rejected')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.files.map((file) => {
              const record = records.get(file.name);
              return (
                <tr key={file.name} data-file={file.name}>
                  <th scope="row">
                    {file.name}
                    {file.campaignRows && <div class="muted">{t('campaignRows')}: {f.count(file.campaignRows.added)}</div>}
                  </th>
                  <td class="num" data-col="rows">{f.count(file.rows)}</td>
                  <td class="num" data-col="customersNew">{f.count(file.customersNew)}</td>
                  <td class="num" data-col="customersMerged">{f.count(file.customersMerged)}</td>
                  <td class="num" data-col="ordersNew">{f.count(file.ordersNew)}</td>
                  <td class="num" data-col="ordersDuplicate">{f.count(file.ordersDuplicate)}</td>
                  <td class="num" data-col="rejected">
                    <RejectedCount count={file.rejected} file={file.name} onDownload={record && (() => onDownload(record))} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {anyRejected && <p class="muted">{t('rejectedNote')}</p>}
      {summary.files.map((file) => {
        const record = records.get(file.name);
        return file.rejected > 0 && record ? <RejectedRows key={file.name} importId={record.id} file={file.name} /> : null;
      })}
      <button type="button" class="primary" onClick={onMore}>{t('importMore')}</button>
    </section>
  );
}
