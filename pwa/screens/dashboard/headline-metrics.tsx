import type { SegmentMetrics } from '../../../core/worker/segments-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { dashboardMessages } from './dashboard-messages.ts';

/** The shop at a glance: customers, buyers, revenue, average order, churn, retention, NPS. */
export function HeadlineMetrics({ metrics: m }: { metrics: SegmentMetrics }) {
  const t = useT(dashboardMessages);
  const f = useFormat();
  const opt = (x: number | undefined, show: (x: number) => string) => (x === undefined ? t('none') : show(x));
  const items = [
    ['customers', f.count(m.size)],
    ['buyers', f.count(m.buyers)],
    ['orders', f.count(m.orders)],
    // Whole units: a headline total reads better without kopecks or cents.
    ['revenue', f.count(Math.round(m.revenue / 100))],
    ['aov', opt(m.aov, (x) => f.money(Math.round(x)))],
    ['churn', opt(m.churnRate, (x) => f.percent(x))],
    ['retention', opt(m.retentionRate, (x) => f.percent(x))],
    ['nps', opt(m.nps, (x) => String(Math.round(x)))],
  ] as const;
  return (
    <dl class="metrics" data-testid="metrics">
      {items.map(([key, value]) => (
        <div key={key} class="metric">
          <dt>{t(key)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
