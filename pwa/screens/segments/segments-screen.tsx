import { useEngineData } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { SegmentsTable } from './segments-table.tsx';
import { segmentsMessages } from './segments-messages.ts';
import { TemplateList } from './template-list.tsx';
import './segments.css';

/** The segment list (issue #4): size, share, revenue, flags and metrics of each; new, static, from a template. */
export function SegmentsScreen() {
  const t = useT(segmentsMessages);
  const list = useEngineData((e) => e.segments(), []);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('title')}</h1>
      <div class="toolbar">
        <a class="button primary" href="/segments/new">+ {t('newSegment')}</a>
        <a class="button" href="/segments/new?kind=static">+ {t('newStatic')}</a>
      </div>
      {list.error && <p role="alert" class="error">{list.error.message}</p>}
      {list.data && (list.data.length ? <SegmentsTable segments={list.data} /> : <p>{t('empty')}</p>)}
      <TemplateList />
    </section>
  );
}
