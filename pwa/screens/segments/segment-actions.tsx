import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import type { SegmentSummary } from '../../../core/worker/segments-api.ts';
import { useEngine } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { segmentsMessages } from './segments-messages.ts';

/** Freeze a dynamic segment into a static copy (then open it); delete (asks once more). */
export function SegmentActions({ summary }: { summary: SegmentSummary }) {
  const t = useT(segmentsMessages);
  const fmt = useFormat();
  const { engine, changed } = useEngine();
  const { route } = useLocation();
  const seg = summary.segment;
  const [frozenName, setFrozenName] = useState(t('frozenName', { name: seg.name, date: fmt.date(Date.now()) }));
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (action: () => Promise<string>) => {
    setError(undefined);
    try {
      const to = await action();
      changed();
      route(to);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section class="card" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('actions')}</h2>
      {seg.kind === 'dynamic' && (
        <div class="toolbar">
          <label for="frozen-name">{t('frozenNameLabel')}</label>
          <input id="frozen-name" type="text" value={frozenName} onInput={(e) => setFrozenName(e.currentTarget.value)} />
          <button type="button" onClick={() => run(async () => `/segments/${encodeURIComponent((await engine.freezeSegment(seg.id, frozenName.trim() || undefined)).segment.id)}`)}>
            {t('freeze')}
          </button>
          <span class="muted">{t('freezeHint')}</span>
        </div>
      )}
      <div class="toolbar">
        {!confirming
          ? <button type="button" class="danger" onClick={() => setConfirming(true)}>{t('delete')}</button>
          : (
            <>
              <span role="alert">{t('deleteConfirm', { name: seg.name })}</span>
              <button type="button" class="danger" onClick={() => run(async () => { await engine.deleteSegment(seg.id); return '/segments'; })}>{t('deleteYes')}</button>
              <button type="button" onClick={() => setConfirming(false)}>{t('cancel')}</button>
            </>
          )}
      </div>
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
