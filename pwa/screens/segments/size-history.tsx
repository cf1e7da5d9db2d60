import { useEngineData } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { segmentsMessages } from './segments-messages.ts';

const W = 300;
const H = 60;

/** The segment's size over its snapshots: a small line (decorative) and the last points as a list. */
export function SizeHistory({ segmentId }: { segmentId: string }) {
  const t = useT(segmentsMessages);
  const fmt = useFormat();
  const history = useEngineData((e) => e.sizeHistory(segmentId), [segmentId]);
  const points = history.data ?? [];
  if (!points.length) return null;
  const max = Math.max(1, ...points.map((p) => p.size));
  const x = (i: number) => (points.length === 1 ? W / 2 : (i / (points.length - 1)) * W);
  const line = points.map((p, i) => `${x(i).toFixed(1)},${(H - (p.size / max) * (H - 4) - 2).toFixed(1)}`).join(' ');
  return (
    <section class="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('history')}</h2>
      {points.length > 1 && <svg class="sparkline" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" preserveAspectRatio="none"><polyline points={line} /></svg>}
      <ul class="history-list">
        {points.slice(-5).reverse().map((p) => (
          <li key={p.at}>
            {fmt.date(p.at, true)}: {t.plural('customersCount', p.size)}
            {p.flag && <span class="flag flag-warn"> {t(p.flag === 'below' ? 'flagBelow' : 'flagAbove')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
