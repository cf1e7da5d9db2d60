import { useState } from 'preact/hooks';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { useLang, useT } from '../../i18n/i18n-context.tsx';
import { formatBytes } from '../settings/format-bytes.ts';
import { downloadBlob } from '../../download/download-blob.ts';
import { syncMessages } from './sync-messages.ts';

type State = 'idle' | 'exporting' | { done: string } | { failed: string };

/** Exports everything, or chosen segments with or without their members' data, as a `.segmenta` download. */
export function SyncExport() {
  const t = useT(syncMessages);
  const { lang } = useLang();
  const { engine } = useEngine();
  const segments = useEngineData((e) => e.segments(), []);
  const [scope, setScope] = useState<'all' | 'segments'>('all');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [withData, setWithData] = useState(true);
  const [state, setState] = useState<State>('idle');

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id); else next.delete(id);
    setChosen(next);
  };
  const list = segments.data ?? [];
  const picked = list.filter((s) => chosen.has(s.segment.id)).map((s) => s.segment.id);
  const blocked = scope === 'segments' && picked.length === 0;

  const run = async () => {
    setState('exporting');
    try {
      const out = await engine.exportSync(scope === 'all' ? {} : { segmentIds: picked, withData });
      downloadBlob(out.file, out.fileName);
      setState({ done: t('exported', { name: out.fileName, size: formatBytes(out.bytes, lang) }) });
    } catch (error) {
      setState({ failed: t('exportFailed', { message: (error as Error).message }) });
    }
  };

  return (
    <section class="card" aria-labelledby="sync-export-title">
      <h2 id="sync-export-title">{t('exportTitle')}</h2>
      <fieldset>
        <legend>{t('exportScope')}</legend>
        <label class="sync-choice">
          <input type="radio" name="sync-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          {t('exportAll')}
        </label>
        <label class="sync-choice">
          <input type="radio" name="sync-scope" checked={scope === 'segments'} onChange={() => setScope('segments')} />
          {t('exportSegments')}
        </label>
      </fieldset>
      {scope === 'segments' && (
        <>
          <fieldset>
            <legend>{t('chooseSegments')}</legend>
            {list.length === 0 && !segments.loading && <p class="hint">{t('noSegments')}</p>}
            <div class="sync-segment-list">
              {list.map((s) => (
                <label class="sync-choice" key={s.segment.id}>
                  <input type="checkbox" checked={chosen.has(s.segment.id)} onChange={(e) => toggle(s.segment.id, e.currentTarget.checked)} />
                  {s.segment.name}
                </label>
              ))}
            </div>
          </fieldset>
          <label class="sync-choice">
            <input type="checkbox" checked={withData} onChange={(e) => setWithData(e.currentTarget.checked)} />
            {t('withData')}
          </label>
          <p class="hint">{t('withDataHint')}</p>
        </>
      )}
      <div class="toolbar">
        <button type="button" class="primary" disabled={state === 'exporting' || blocked} onClick={() => void run()}>
          {state === 'exporting' ? t('exporting') : t('export')}
        </button>
        {blocked && <span class="hint">{t('pickOne')}</span>}
      </div>
      <p aria-live="polite" class={typeof state === 'object' && 'failed' in state ? 'error' : 'summary'} data-testid="sync-export-status">
        {typeof state === 'object' ? ('done' in state ? state.done : state.failed) : ''}
      </p>
    </section>
  );
}
