import type { ImportProgress } from '../../../core/import/types.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { dashboardMessages } from './dashboard-messages.ts';

interface Props {
  busy: boolean;
  progress?: ImportProgress;
  onDemo(): void;
  onCancel(): void;
}

/** An empty app: the demo in one click, or the way to the import wizard. */
export function FirstRun({ busy, progress, onDemo, onCancel }: Props) {
  const t = useT(dashboardMessages);
  return (
    <section class="card first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('firstRunTitle')}</h2>
      <p>{t('firstRunText')}</p>
      <div class="toolbar">
        <button type="button" class="primary" disabled={busy} onClick={onDemo} aria-describedby="demo-hint">
          {t('demo')}
        </button>
        <a class="button" href="/import">{t('ownFiles')}</a>
      </div>
      <p id="demo-hint" class="hint">{t('demoHint')}</p>
      {progress && (
        <div class="toolbar">
          <progress aria-label={t('progress')} max={1} value={progress.fraction ?? undefined} data-phase={progress.phase} />
          <span aria-live="polite">{t(`phase_${progress.phase}`)}</span>
          <button type="button" onClick={onCancel}>{t('cancel')}</button>
        </div>
      )}
    </section>
  );
}
