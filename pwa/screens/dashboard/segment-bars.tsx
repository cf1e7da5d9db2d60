import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { ChartTip, tipHandlers, useChartTip } from './chart-tip.tsx';
import { seriesColor } from './color-scale.ts';
import { dashboardMessages } from './dashboard-messages.ts';
import { useBoxWidth } from './use-box-width.ts';

export interface Bar {
  id: string;
  name: string;
  size: number;
  share?: number;
  color?: string;
  flag?: 'below' | 'above' | 'problems';
}

// 44 px rows: each bar is a touch target.
const ROW = 44;

/** Horizontal bars of segment sizes; a flagged segment carries a marker (▲ above, ▼ below, ! problems). */
export function SegmentBars({ bars, title, desc, id }: { bars: Bar[]; title: string; desc: string; id: string }) {
  const t = useT(dashboardMessages);
  const f = useFormat();
  const tips = useChartTip();
  const box = useBoxWidth<HTMLDivElement>();
  const WIDTH = box.width;
  const LABEL = Math.min(190, Math.round(WIDTH * 0.42));
  const max = Math.max(1, ...bars.map((b) => b.size));
  const height = bars.length * ROW + 4;
  const flagText = (b: Bar) => (b.flag === 'below' ? t('flagBelow') : b.flag === 'above' ? t('flagAbove') : b.flag ? t('problems') : '');
  const tipText = (b: Bar) =>
    t('sizeTip', { name: b.name, size: f.count(b.size), share: b.share === undefined ? t('none') : f.percent(b.share) }) +
    (b.flag ? ` · ${flagText(b)}` : '');

  return (
    <figure class="chart bars">
      <div class="chart-box" ref={box.ref}>
        <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{desc}</desc>
          {bars.map((b, i) => {
            const y = i * ROW + 2;
            const w = ((WIDTH - LABEL - 30) * b.size) / max;
            const tip = { key: b.id, x: ((LABEL + w / 2) / WIDTH) * 100, y: (y / height) * 100, text: tipText(b) };
            return (
              <g key={b.id} class="mark" tabindex={0} data-flag={b.flag} {...tipHandlers(tips, tip)}>
                <rect class="hit" x={0} y={y} width={WIDTH} height={ROW} />
                <text class="label" x={LABEL - 8} y={y + ROW / 2 + 3} text-anchor="end">{clip(b.name, Math.floor(LABEL / 8.5))}</text>
                <rect x={LABEL} y={y + 9} width={Math.max(2, w)} height={ROW - 18} rx={3} fill={b.color ?? seriesColor(i)} />
                {b.flag && (
                  <text class={`flag flag-${b.flag}`} x={LABEL + Math.max(2, w) + 6} y={y + ROW / 2 + 4}>
                    {b.flag === 'below' ? '▼' : b.flag === 'above' ? '▲' : '!'}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        <ChartTip tip={tips.tip} />
      </div>
      <table class="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr><th scope="col">{t('segment')}</th><th scope="col">{t('size')}</th><th scope="col">{t('share')}</th><th scope="col">{t('flag')}</th></tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.name}</th>
              <td>{f.count(b.size)}</td>
              <td>{b.share === undefined ? t('none') : f.percent(b.share)}</td>
              <td>{flagText(b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
