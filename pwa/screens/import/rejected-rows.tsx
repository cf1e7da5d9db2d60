import type { RejectedRow } from '../../../core/import/types.ts';
import { useEngineData } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { importMessages, type ImportMessage } from './import-messages.ts';

const SHOWN = 20;

/** The first rejected rows (and warnings) of one import, each with its line, value and reason. */
export function RejectedRows({ importId, file }: { importId: string; file: string }) {
  const t = useT(importMessages);
  const { data } = useEngineData((e) => e.rejectedRows(importId, { offset: 0, limit: SHOWN }), [importId]);
  if (!data || data.total === 0) return null;
  const reason = (r: RejectedRow) => {
    const key = `reason_${r.code}`;
    return t.lang !== 'en' && key in importMessages.en ? t(key as ImportMessage) : r.reason;
  };
  const label = t('rejectedOf', { file });
  return (
    <details class="rejected-rows" data-file={file}>
      <summary>{label} ({data.total})</summary>
      <div class="scroll-x" tabIndex={0} role="region" aria-label={label}>
        <table>
          <thead>
            <tr>
              <th scope="col" class="num">{t('line')}</th>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('value')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r, i) => (
              <tr key={i} data-code={r.code}>
                <td class="num">{r.line}</td>
                <td>{r.column ?? ''}</td>
                <td class="value">{r.value}</td>
                <td>{t(r.kept ? 'kept' : 'notKept')}</td>
                <td>{reason(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.total > data.rows.length && <p class="muted">{t('moreInCsv', { shown: data.rows.length, total: data.total })}</p>}
    </details>
  );
}
