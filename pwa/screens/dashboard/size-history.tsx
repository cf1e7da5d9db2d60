import { useState } from 'preact/hooks';
import type { SegmentSummary } from '../../../core/worker/segments-api.ts';
import { useEngineData } from '../../engine/engine-context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { ChartTip, tipHandlers, useChartTip } from './chart-tip.tsx';
import { dashboardMessages } from './dashboard-messages.ts';
import { useBoxWidth } from './use-box-width.ts';

const H = 200;
const PAD = { left: 56, right: 16, top: 12, bottom: 28 };

/** One segment's size at each snapshot, as a small line chart; flagged points are marked. */
export function SizeHistory({ segments }: { segments: SegmentSummary[] }) {
  const t = useT(dashboardMessages);
  const f = useFormat();
  const tips = useChartTip();
  const box = useBoxWidth<HTMLDivElement>();
  const W = box.width;
  const [picked, setPicked] = useState<string>();
  const id = segments.some((s) => s.segment.id === picked) ? picked! : segments[0].segment.id;
  const name = segments.find((s) => s.segment.id === id)?.segment.name ?? '';
  const { data: points } = useEngineData((e) => e.sizeHistory(id), [id]);

  const chart = () => {
    if (!points) return <p data-loading>{t('loading')}</p>;
    if (!points.length) return <p>{t('historyEmpty')}</p>;
    const t0 = points[0].at;
    const t1 = points.at(-1)!.at;
    const max = Math.max(1, ...points.map((p) => p.size));
    const x = (at: number, i: number) => PAD.left + (W - PAD.left - PAD.right) * (t1 > t0 ? (at - t0) / (t1 - t0) : points.length > 1 ? i / (points.length - 1) : 0.5);
    const y = (size: number) => H - PAD.bottom - (H - PAD.top - PAD.bottom) * (size / max);
    const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.at, i).toFixed(1)},${y(p.size).toFixed(1)}`).join(' ');
    const tipText = (p: (typeof points)[number]) =>
      t('historyTip', { date: f.date(p.at, true), size: f.count(p.size) }) + (p.flag ? ` · ${t(p.flag === 'below' ? 'flagBelow' : 'flagAbove')}` : '');
    return (
      <figure class="chart line">
        <div class="chart-box">
          <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby="history-title history-desc">
            <title id="history-title">{t('history')}: {name}</title>
            <desc id="history-desc">{t('historyDesc', { name, n: points.length, from: f.date(t0), to: f.date(t1) })}</desc>
            <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
            <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(max)} y2={y(max)} />
            <text class="axis" x={PAD.left - 6} y={y(max) + 4} text-anchor="end">{f.count(max)}</text>
            <text class="axis" x={PAD.left - 6} y={y(0) + 4} text-anchor="end">0</text>
            <text class="axis" x={PAD.left} y={H - 6}>{f.date(t0)}</text>
            <text class="axis" x={W - PAD.right} y={H - 6} text-anchor="end">{f.date(t1)}</text>
            <path class="series" d={line} />
            {points.map((p, i) => {
              const key = `${p.at}-${i}`;
              const tip = { key, x: (x(p.at, i) / W) * 100, y: (y(p.size) / H) * 100, text: tipText(p) };
              return (
                <g key={key} class="mark" tabindex={0} {...tipHandlers(tips, tip)}>
                  <circle cx={x(p.at, i)} cy={y(p.size)} r={22} class="hit" />
                  <circle cx={x(p.at, i)} cy={y(p.size)} r={p.flag ? 6 : 4} class={p.flag ? 'point flagged' : 'point'} />
                </g>
              );
            })}
          </svg>
          <ChartTip tip={tips.tip} />
        </div>
        <table class="visually-hidden">
          <caption>{t('history')}: {name}</caption>
          <thead><tr><th scope="col">{t('date')}</th><th scope="col">{t('size')}</th><th scope="col">{t('flag')}</th></tr></thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={i}>
                <td>{f.date(p.at, true)}</td>
                <td>{f.count(p.size)}</td>
                <td>{p.flag ? t(p.flag === 'below' ? 'flagBelow' : 'flagAbove') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    );
  };

  return (
    <div ref={box.ref}>
      <label class="field">
        {t('historyPick')}
        <select value={id} onChange={(e) => setPicked(e.currentTarget.value)}>
          {segments.map((s) => <option key={s.segment.id} value={s.segment.id}>{s.segment.name}</option>)}
        </select>
      </label>
      {chart()}
    </div>
  );
}
