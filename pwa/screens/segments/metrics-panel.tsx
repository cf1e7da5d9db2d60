import { useState } from 'preact/hooks';
import type { SegmentMetrics } from '../../../core/worker/segments-api.ts';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { useFormat, type Format } from '../../i18n/format.ts';
import { useT, type Translate } from '../../i18n/i18n-context.tsx';
import { segmentsMessages, type SegmentsMessageKey } from './segments-messages.ts';

/** Label and formatted value of each metric the engine computed (absent ratios read "—"). */
export function metricRows(m: SegmentMetrics, fmt: Format, t: Translate<SegmentsMessageKey>): [string, string][] {
  const pct = (x?: number) => (x === undefined ? '—' : fmt.percent(x));
  const money = (x?: number) => (x === undefined ? '—' : fmt.money(x));
  const num = (x?: number, digits = 1) => (x === undefined ? '—' : x.toLocaleString(t.lang, { maximumFractionDigits: digits }));
  const rows: [string, string][] = [
    [t('mSize'), fmt.count(m.size)], [t('mShare'), pct(m.share)], [t('mBuyers'), fmt.count(m.buyers)], [t('mOrders'), fmt.count(m.orders)],
    [t('mRevenue'), fmt.money(m.revenue)], [t('mRevenueShare'), pct(m.revenueShare)], [t('mAov'), money(m.aov)],
    [t('mFrequency'), num(m.avgFrequency, 2)], [t('mRecency'), num(m.avgRecencyDays, 0)], [t('mClv'), money(m.historicalClv)],
    [t('mChurn'), pct(m.churnRate)], [t('mRetention'), pct(m.retentionRate)], [t('mNps'), num(m.nps, 0)],
  ];
  if (m.predicted) {
    rows.push([t('mPredictedClv'), money(m.predicted.avgClv)], [t('mPAlive'), pct(m.predicted.avgPAlive)], [t('mExpected'), num(m.predicted.expectedPurchases, 1)]);
  }
  return rows;
}

/** A segment's metrics (churn, retention, CLV…); predicted CLV and P(alive) after fitting the model. */
export function MetricsPanel({ segmentId }: { segmentId: string }) {
  const t = useT(segmentsMessages);
  const fmt = useFormat();
  const { engine, changed } = useEngine();
  const metrics = useEngineData((e) => e.segmentMetrics([segmentId]), [segmentId]);
  const [clvNote, setClvNote] = useState<string>();
  const m = metrics.data?.[0]?.metrics;
  const fit = async () => {
    const status = await engine.fitClv();
    setClvNote(status.ok ? t('clvFitted', { buyers: fmt.count(status.buyers) }) : t('clvNotFitted', { reason: status.message ?? status.reason ?? '' }));
    changed();
  };
  return (
    <section class="card" aria-labelledby="metrics-title">
      <h2 id="metrics-title">{t('metrics')}</h2>
      {m && (
        <dl class="metrics">
          {metricRows(m, fmt, t).map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}
        </dl>
      )}
      {m && !m.predicted && <button type="button" onClick={fit}>{t('fitClv')}</button>}
      {clvNote && <p aria-live="polite" class="muted">{clvNote}</p>}
    </section>
  );
}
