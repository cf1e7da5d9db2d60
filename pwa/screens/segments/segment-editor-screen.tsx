import { useRoute } from 'preact-iso';
import { useEngineData } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { SegmentForm } from './segment-form.tsx';
import { segmentsMessages } from './segments-messages.ts';
import './segments.css';

/** The segment editor (issue #4); `/segments/new` creates one (`?kind=static` a static one). */
export function SegmentEditorScreen() {
  const t = useT(segmentsMessages);
  const { params, query } = useRoute();
  const id = params.id === 'new' ? undefined : decodeURIComponent(params.id);
  const list = useEngineData((e) => e.segments(), []);
  const fields = useEngineData((e) => e.fields(), []);
  if (list.error || fields.error) return <p role="alert" class="error">{(list.error ?? fields.error)!.message}</p>;
  if (!list.data || !fields.data) return <p aria-live="polite">{t('loading')}</p>;
  const summary = id ? list.data.find((s) => s.segment.id === id) : undefined;
  if (id && !summary) {
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title">{t('notFound')}</h1>
        <a href="/segments">{t('backToList')}</a>
      </section>
    );
  }
  return (
    <SegmentForm
      key={id ?? `new-${query.kind}`} summary={summary} kind={query.kind === 'static' ? 'static' : 'dynamic'}
      fields={fields.data} segments={list.data}
    />
  );
}
