import { useEngineData } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { dashboardMessages } from './dashboard-messages.ts';
import { HeadlineMetrics } from './headline-metrics.tsx';
import { HeatMap } from './heat-map.tsx';
import { MovementPanel } from './movement-panel.tsx';
import { SegmentSizes } from './segment-sizes.tsx';
import { SizeHistory } from './size-history.tsx';
import { useDrawnMark } from './use-drawn-mark.ts';

/** Every panel loads on its own, so the first answers draw at once. */
export function DashboardCharts() {
  const t = useT(dashboardMessages);
  const { data: metrics } = useEngineData((e) => e.overallMetrics(), []);
  const { data: grid } = useEngineData((e) => e.rfmGrid(), []);
  const { data: segments } = useEngineData((e) => e.segments(), []);
  const { data: snapshots } = useEngineData((e) => e.snapshots(), []);
  const loading = <p data-loading>{t('loading')}</p>;
  const drawn = useDrawnMark<HTMLDivElement>();

  return (
    <div class="dashboard-grid" ref={drawn}>
      <section class="panel wide" aria-labelledby="metrics-title">
        <h2 id="metrics-title">{t('metrics')}</h2>
        {metrics ? <HeadlineMetrics metrics={metrics} /> : loading}
      </section>
      <section class="panel" aria-labelledby="heat-map-title">
        <h2 id="heat-map-title">{t('heatMap')}</h2>
        {!grid ? loading : grid.scored ? <HeatMap grid={grid} /> : <p>{t('noScores')}</p>}
      </section>
      <section class="panel" aria-labelledby="sizes-title">
        <h2 id="sizes-title">{segments?.length ? t('sizes') : t('rfmSizes')}</h2>
        {segments && grid ? <SegmentSizes segments={segments} grid={grid} /> : loading}
      </section>
      <section class="panel" aria-labelledby="history-h">
        <h2 id="history-h">{t('history')}</h2>
        {!segments ? loading : segments.length ? <SizeHistory segments={segments} /> : <NoSegments />}
      </section>
      <section class="panel" aria-labelledby="movement-title">
        <h2 id="movement-title">{t('movement')}</h2>
        {snapshots ? <MovementPanel snapshots={snapshots} /> : loading}
      </section>
    </div>
  );
}

export function NoSegments() {
  const t = useT(dashboardMessages);
  return (
    <p class="hint">
      {t('noSegments')} <a href="/segments/new">{t('createSegment')}</a>
    </p>
  );
}
