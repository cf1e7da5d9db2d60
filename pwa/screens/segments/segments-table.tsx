import { useState } from 'preact/hooks';
import type { SegmentSummary } from '../../../core/worker/segments-api.ts';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { SegmentFlags } from './segment-flags.tsx';
import { segmentsMessages } from './segments-messages.ts';

/** Every segment with its size, share, revenue, flags and key metrics (metrics load after the list). */
export function SegmentsTable({ segments }: { segments: SegmentSummary[] }) {
  const t = useT(segmentsMessages);
  const fmt = useFormat();
  const { engine, changed } = useEngine();
  const ids = segments.map((s) => s.segment.id);
  const metrics = useEngineData((e) => e.segmentMetrics(ids), [ids.join('\n')]);
  const byId = new Map(metrics.data?.map((r) => [r.segmentId, r.metrics]));
  const [fitting, setFitting] = useState(false);
  const predicted = metrics.data?.some((r) => r.metrics.predicted);
  const pct = (x?: number) => (x === undefined ? '—' : fmt.percent(x));
  const money = (x?: number) => (x === undefined ? '—' : fmt.money(x));
  const fit = async () => {
    setFitting(true);
    try { await engine.fitClv(); changed(); } finally { setFitting(false); }
  };
  return (
    <>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={t('title')}>
        <table class="segments-table">
          <caption class="visually-hidden">{t('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col" class="num">{t('mSize')}</th>
              <th scope="col" class="num">{t('mShare')}</th>
              <th scope="col" class="num">{t('mRevenue')}</th>
              <th scope="col">{t('flags')}</th>
              <th scope="col" class="num">{t('mAov')}</th>
              <th scope="col" class="num">{t('mChurn')}</th>
              <th scope="col" class="num">{t('mRetention')}</th>
              <th scope="col" class="num">{t('mClv')}</th>
              {predicted && <th scope="col" class="num">{t('mPredictedClv')}</th>}
            </tr>
          </thead>
          <tbody>
            {segments.map((s) => {
              const m = byId.get(s.segment.id);
              return (
                <tr key={s.segment.id}>
                  <th scope="row">
                    {s.segment.color && <span class="swatch" style={{ background: s.segment.color }} aria-hidden="true" />}
                    <a href={`/segments/${encodeURIComponent(s.segment.id)}`}>{s.segment.name}</a>
                    {s.segment.kind === 'static' && <span class="badge">{t('kindStatic')}</span>}
                  </th>
                  <td class="num">{fmt.count(s.size)}</td>
                  <td class="num">{fmt.percent(s.share)}</td>
                  <td class="num">{m ? fmt.money(m.revenue) : '…'}</td>
                  <td><SegmentFlags status={s} /></td>
                  <td class="num">{m ? money(m.aov) : '…'}</td>
                  <td class="num">{m ? pct(m.churnRate) : '…'}</td>
                  <td class="num">{m ? pct(m.retentionRate) : '…'}</td>
                  <td class="num">{m ? money(m.historicalClv) : '…'}</td>
                  {predicted && <td class="num">{m ? money(m.predicted?.avgClv) : '…'}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!predicted && metrics.data && <button type="button" disabled={fitting} onClick={fit}>{t('fitClv')}</button>}
    </>
  );
}
