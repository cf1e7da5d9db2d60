import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { importMessages } from './import-messages.ts';

/** An import's rejected-row count, with a button that downloads those rows when there are any. */
export function RejectedCount({ count, file, onDownload }: { count: number; file: string; onDownload?: () => void }) {
  const t = useT(importMessages);
  const f = useFormat();
  return (
    <>
      {f.count(count)}
      {count > 0 && onDownload && (
        <button type="button" class="download" aria-label={t('downloadRejected', { file })} onClick={onDownload}>
          {t('download')}
        </button>
      )}
    </>
  );
}
