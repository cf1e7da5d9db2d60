import { useT } from '../../i18n/i18n-context.tsx';
import { SyncBackup } from './sync-backup.tsx';
import { SyncExport } from './sync-export.tsx';
import { SyncImport } from './sync-import.tsx';
import { syncMessages } from './sync-messages.ts';
import './sync.css';

/** Export and import of the sync file, and the backup taken before each merge (issue #6). */
export function SyncScreen() {
  const t = useT(syncMessages);
  return (
    <section class="sync-screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t('title')}</h1>
      <p class="hint">{t('intro')}</p>
      <SyncExport />
      <SyncImport />
      <SyncBackup />
    </section>
  );
}
