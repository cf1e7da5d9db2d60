import type { ImportProgress } from '../../../core/import/types.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { importMessages } from './import-messages.ts';

interface Props {
  progress: ImportProgress;
  onCancel(): void;
}

/** The running import: a progress bar (its phase in `data-phase`), what it is doing, and Cancel. */
export function ImportProgressBar({ progress, onCancel }: Props) {
  const t = useT(importMessages);
  return (
    <div class="import-progress">
      <progress aria-label={t('progress')} max={1} value={progress.fraction ?? undefined} data-phase={progress.phase} />
      <p class="muted" aria-live="polite">
        {t(`phase_${progress.phase}`)}
        {progress.rowsRead > 0 && ` ${t.plural('rowsRead', progress.rowsRead)}`}
      </p>
      <button type="button" onClick={onCancel}>{t('cancel')}</button>
    </div>
  );
}
