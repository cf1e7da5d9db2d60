import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { ChartTip, tipHandlers, useChartTip } from './chart-tip.tsx';
import { seriesColor } from './color-scale.ts';
import { dashboardMessages } from './dashboard-messages.ts';
import { bandPath, sankeyLayout } from './sankey-layout.ts';
import { useBoxWidth } from './use-box-width.ts';

export interface FlowData {
  fromLabels: string[];
  toLabels: string[];
  counts: number[][];
  /** Display dates of the two snapshots. */
  fromDate: string;
  toDate: string;
  moved: number;
}

const H = 360;
const NODE = 12;

/** Two columns of segments (before, after) and bezier bands of customers between them. */
export function SankeyChart({ flow }: { flow: FlowData }) {
  const t = useT(dashboardMessages);
  const f = useFormat();
  const tips = useChartTip();
  const box = useBoxWidth<HTMLDivElement>();
  const W = box.width;
  const LABEL = Math.min(160, Math.round(W * 0.3));
  const clip = (s: string) => { const n = Math.floor((LABEL - 8) / 8); return s.length > n ? `${s.slice(0, n - 1)}…` : s; };
  const layout = sankeyLayout(flow.counts, H, 8);
  const x0 = LABEL;
  const x1 = W - LABEL;
  // Bands take the colour of the place they come from; the same label has the same colour on both sides.
  const colorOf = (label: string) => seriesColor(Math.max(0, flow.fromLabels.indexOf(label) >= 0 ? flow.fromLabels.indexOf(label) : flow.toLabels.indexOf(label) + flow.fromLabels.length));
  const nodeTip = (label: string, n: number, x: number, y: number, key: string) =>
    ({ key, x: (x / W) * 100, y: (y / H) * 100, text: t('nodeTip', { name: label, n: f.count(n) }) });

  return (
    <figure class="chart sankey">
      <div class="chart-box" ref={box.ref}>
        <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby="sankey-title sankey-desc" data-testid="sankey">
          <title id="sankey-title">{t('movement')}</title>
          <desc id="sankey-desc">{t('sankeyDesc', { from: flow.fromDate, to: flow.toDate, moved: f.count(flow.moved), total: f.count(layout.total) })}</desc>
          {layout.bands.map((b) => {
            const from = flow.fromLabels[b.from];
            const to = flow.toLabels[b.to];
            const key = `band-${b.from}-${b.to}`;
            const text = t('flowTip', { from, to, n: f.count(b.count) });
            const tip = { key, x: 50, y: ((b.y0 + b.y1) / 2 / H) * 100, text };
            return (
              <path
                key={key}
                class={`band${from === to ? ' stay' : ''}`}
                d={bandPath(b, x0 + NODE, x1)}
                fill={colorOf(from)}
                tabindex={0}
                data-count={b.count}
                {...tipHandlers(tips, tip)}
              />
            );
          })}
          {layout.left.map((n) => {
            const label = flow.fromLabels[n.index];
            const tip = nodeTip(label, n.total, x0, n.y, `l-${n.index}`);
            return (
              <g key={`l-${n.index}`} class="mark" tabindex={0} {...tipHandlers(tips, tip)}>
                <rect x={x0} y={n.y} width={NODE} height={Math.max(1, n.h)} fill={colorOf(label)} />
                {n.h >= 9 && <text class="label" x={x0 - 6} y={n.y + n.h / 2 + 4} text-anchor="end">{clip(label)}</text>}
              </g>
            );
          })}
          {layout.right.map((n) => {
            const label = flow.toLabels[n.index];
            const tip = nodeTip(label, n.total, x1, n.y, `r-${n.index}`);
            return (
              <g key={`r-${n.index}`} class="mark" tabindex={0} {...tipHandlers(tips, tip)}>
                <rect x={x1} y={n.y} width={NODE} height={Math.max(1, n.h)} fill={colorOf(label)} />
                {n.h >= 9 && <text class="label" x={x1 + NODE + 6} y={n.y + n.h / 2 + 4}>{clip(label)}</text>}
              </g>
            );
          })}
        </svg>
        <ChartTip tip={tips.tip} />
      </div>
    </figure>
  );
}
