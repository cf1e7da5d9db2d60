import { useEffect, useRef } from 'preact/hooks';
import type { SyncPreview } from '../../core/worker/sync-api.ts';
import { previewLines } from './sync-file.ts';

const t = (key: string, ...substitutions: string[]) => chrome.i18n.getMessage(key, substitutions);

interface Props {
  preview: SyncPreview;
  applying: boolean;
  count(n: number): string;
  onConfirm(): void;
  onCancel(): void;
}

/** What merging a sync file changes, and Merge / Cancel. */
export function SyncConfirm({ preview, applying, count, onConfirm, onCancel }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <section role="alertdialog" aria-labelledby="sync-preview-title" data-testid="sync-preview">
      <h2 id="sync-preview-title">{t('managerSyncPreview', preview.fileName)}</h2>
      {preview.nothingToDo ? (
        <p>{t('managerSyncNothing')}</p>
      ) : (
        <>
          <ul>{previewLines(preview, count).map((line) => <li key={line}>{line}</li>)}</ul>
          <p class="hint">{t('managerSyncBackupHint')}</p>
        </>
      )}
      {preview.warnings.length > 0 && <ul class="warnings">{preview.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>}
      <p>
        {!preview.nothingToDo && (
          <button type="button" ref={first} disabled={applying} onClick={onConfirm}>
            {applying ? t('managerSyncApplying') : t('managerSyncConfirm')}
          </button>
        )}{' '}
        <button type="button" ref={preview.nothingToDo ? first : undefined} disabled={applying} onClick={onCancel}>{t('managerCancel')}</button>
      </p>
    </section>
  );
}
