import type { ImportHistoryEntry } from '../../../core/worker/engine-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { importMessages } from './import-messages.ts';
import { RejectedCount } from './rejected-count.tsx';

interface Props {
  history: readonly ImportHistoryEntry[];
  onDownload(record: ImportHistoryEntry): void;
}

/** Every import so far, newest first, each with its rejected rows to download. */
export function ImportHistory({ history, onDownload }: Props) {
  const t = useT(importMessages);
  const f = useFormat();
  const newestFirst = [...history].reverse();
  return (
    <section class="import-history" aria-labelledby="import-history-title">
      <h2 id="import-history-title">{t('history')}</h2>
      {newestFirst.length === 0 ? <p class="muted">{t('historyEmpty')}</p> : (
        <div class="scroll-x" tabIndex={0} role="region" aria-labelledby="import-history-title">
          <table class="history-table">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('file')}</th>
                <th scope="col">{t('source')}</th>
                <th scope="col" class="num">{t('rows')}</th>
                <th scope="col" class="num">{t('rejected')}</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((h) => (
                <tr key={h.id} data-import={h.id}>
                  <td>{f.date(h.importedAt, true)}</td>
                  <th scope="row">{h.fileName}</th>
                  <td>{h.source === 'campaign-results' ? t('kind_campaigns') : h.source}</td>
                  <td class="num">{f.count(h.counts.rows)}</td>
                  <td class="num">
                    <RejectedCount count={h.counts.rejected} file={h.fileName} onDownload={() => onDownload(h)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
