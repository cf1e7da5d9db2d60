import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { segmentsMessages } from './segments-messages.ts';

/** Ready-made segments: one click creates it (named in the UI language) and opens it in the editor. */
export function TemplateList() {
  const t = useT(segmentsMessages);
  const { engine, changed } = useEngine();
  const { route } = useLocation();
  const templates = useEngineData((e) => e.segmentTemplates(), []);
  const [error, setError] = useState<string>();
  const create = async (id: string) => {
    setError(undefined);
    try {
      const made = await engine.createFromTemplate(id, t.lang);
      changed();
      route(`/segments/${encodeURIComponent(made.segment.id)}`);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  if (!templates.data?.length) return null;
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('templates')}</h2>
      {error && <p role="alert" class="error">{error}</p>}
      <ul class="templates">
        {templates.data.map((tpl) => (
          <li key={tpl.id} class="card">
            <h3>{tpl.name[t.lang]}</h3>
            <p class="muted">{tpl.description[t.lang]}</p>
            <button type="button" aria-label={t('useTemplateNamed', { name: tpl.name[t.lang] })} onClick={() => create(tpl.id)}>{t('useTemplate')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
