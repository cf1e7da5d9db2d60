import type { MergeKind, SyncPreview } from '../../../core/worker/sync-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { syncMessages } from './sync-messages.ts';

const KINDS: { kind: MergeKind; key: 'kindSettings' | 'kindCustomers' | 'kindOrders' | 'kindCampaigns' | 'kindImports' | 'kindSegments' | 'kindSchemes' | 'kindSnapshots' }[] = [
  { kind: 'customers', key: 'kindCustomers' },
  { kind: 'orders', key: 'kindOrders' },
  { kind: 'segments', key: 'kindSegments' },
  { kind: 'schemes', key: 'kindSchemes' },
  { kind: 'snapshots', key: 'kindSnapshots' },
  { kind: 'campaigns', key: 'kindCampaigns' },
  { kind: 'imports', key: 'kindImports' },
  { kind: 'settings', key: 'kindSettings' },
];
const COLUMNS = ['new', 'updated', 'deleted', 'keptLocal', 'conflicts'] as const;

/** What a merge would change, per kind of data, before the user confirms. */
export function SyncPreviewView({ preview }: { preview: SyncPreview }) {
  const t = useT(syncMessages);
  const f = useFormat();
  const changing = KINDS.filter(({ kind }) => COLUMNS.some((c) => preview.summary[kind][c] > 0));
  const still = KINDS.filter((k) => !changing.includes(k));
  const scope = preview.scope === 'all' ? t('scopeAll') : preview.scope === 'segments' ? t('scopeSegments') : t('scopeScores');
  return (
    <>
      <p>
        {t('fromDevice', { when: f.date(preview.exportedAt, true), version: preview.source.appVersion, device: preview.source.deviceId.slice(0, 8) })}{' '}
        {scope}
      </p>
      {preview.nothingToDo ? (
        <p class="summary" data-testid="sync-nothing">{t('nothingToDo')}</p>
      ) : (
        <>
          {/* Focusable so a keyboard can scroll it when it is wider than a phone. */}
          <div class="sync-table-wrap" role="region" tabIndex={0} aria-label={t('changesTable')}>
            <table data-testid="sync-summary">
              <thead>
                <tr>
                  <th scope="col">{t('kind')}</th>
                  {COLUMNS.map((c) => <th scope="col" class="num" key={c}>{t(c)}</th>)}
                </tr>
              </thead>
              <tbody>
                {changing.map(({ kind, key }) => (
                  <tr key={kind} data-kind={kind}>
                    <th scope="row">{t(key)}</th>
                    {COLUMNS.map((c) => <td class="num" key={c}>{preview.summary[kind][c] ? f.count(preview.summary[kind][c]) : '—'}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {still.length > 0 && <p class="hint">{t('unchangedKinds', { kinds: still.map(({ key }) => t(key)).join(', ') })}</p>}
          {changing.some(({ kind }) => preview.summary[kind].conflicts > 0) && <p class="hint">{t('conflictsHint')}</p>}
          {preview.placeholders > 0 && <p class="hint">{t.plural('placeholders', preview.placeholders)}</p>}
        </>
      )}
      {preview.warnings.length > 0 && (
        <div class="sync-warnings">
          <h4>{t('warnings')}</h4>
          <ul>{preview.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </div>
      )}
    </>
  );
}
