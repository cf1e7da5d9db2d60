import { useState } from 'preact/hooks';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { OverlapView } from './overlap-view.tsx';
import { SchemeEditor } from './scheme-editor.tsx';
import { schemesMessages } from './schemes-messages.ts';
import './schemes.css';

/** Schemes: ordered, non-overlapping segments (issue #4); reorder by drag or keys; overlap of the rest. */
export function SchemesScreen() {
  const t = useT(schemesMessages);
  const { engine, changed } = useEngine();
  const { data: schemes } = useEngineData((e) => e.schemes(), []);
  const { data: segments } = useEngineData((e) => e.segments(), []);
  const { data: overlap } = useEngineData((e) => e.overlap(), []);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function create(e: Event) {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      await engine.saveScheme({ name, segmentIds: [] });
      setName('');
      changed();
    } catch (err) {
      setError(t('error', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="schemes" aria-labelledby="screen-title">
      <h1 id="screen-title">{t('title')}</h1>
      <p class="hint">{t('intro')}</p>
      <form class="toolbar" onSubmit={(e) => void create(e)}>
        <label class="field">
          {t('newName')}
          <input type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary" disabled={busy || !name.trim()}>{t('create')}</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {segments && segments.length === 0 && (
        <p class="hint">{t('noSegments')} <a href="/segments/new">{t('createSegment')}</a></p>
      )}
      {!schemes || !segments ? (
        <p>{t('loading')}</p>
      ) : schemes.length === 0 ? (
        <p class="hint">{t('none')}</p>
      ) : (
        <div class="scheme-list">
          {schemes.map((s) => <SchemeEditor key={s.id} scheme={s} segments={segments} />)}
        </div>
      )}
      <h2>{t('overlap')}</h2>
      <p class="hint">{t('overlapIntro')}</p>
      {overlap && segments ? <OverlapView overlap={overlap} segments={segments} /> : <p>{t('loading')}</p>}
    </section>
  );
}
