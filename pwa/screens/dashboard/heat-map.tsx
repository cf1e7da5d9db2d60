import { useLocation } from 'preact-iso';
import { useRef } from 'preact/hooks';
import type { RfmGrid } from '../../../core/worker/segments-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { ChartTip, useChartTip } from './chart-tip.tsx';
import { heatColor, heatShare } from './color-scale.ts';
import { dashboardMessages } from './dashboard-messages.ts';
import { rfmLabel } from './segment-label.ts';
import { useBoxWidth } from './use-box-width.ts';

const LEFT = 28;
const BOTTOM = 24;

export const cellHref = (r: number, fm: number) => `/customers?r=${r}&fm=${fm}`;

/**
 * The r × FM grid: colour by customers per cell, R = k (most recent) on top. A cell's numbers show on
 * hover, focus or a first tap; a click (or a second tap) opens its customers.
 */
export function HeatMap({ grid }: { grid: RfmGrid }) {
  const t = useT(dashboardMessages);
  const f = useFormat();
  const { route } = useLocation();
  const tips = useChartTip();
  const box = useBoxWidth<HTMLDivElement>(400);
  const pointer = useRef('mouse');
  /** The cell a first tap showed (focus from a tap shows the tip too, so the tip alone cannot tell). */
  const armed = useRef<string | undefined>(undefined);
  const k = grid.classes;
  const CELL_W = Math.max(24, Math.min(96, (box.width - LEFT) / k));
  const CELL_H = Math.min(56, CELL_W * 0.8);
  const max = Math.max(0, ...grid.cells.flat().map((c) => c.customers));
  const width = LEFT + k * CELL_W;
  const height = k * CELL_H + BOTTOM;
  const cellText = (c: RfmGrid['cells'][number][number]) => t('cellTip', {
    r: c.r, fm: c.fm, segment: c.segment ? rfmLabel(c.segment, t.lang) : '—',
    customers: f.count(c.customers), avg: c.avgMonetary === undefined ? t('none') : f.money(Math.round(c.avgMonetary)),
  });
  const rows = [...grid.cells].reverse();

  return (
    <figure class="chart heat-map">
      <div class="chart-box" ref={box.ref}>
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby="heat-title heat-desc" data-testid="heat-map">
          <title id="heat-title">{t('heatMap')}</title>
          <desc id="heat-desc">{t('heatMapDesc', { k, scored: f.count(grid.scored) })}</desc>
          {rows.map((row, ri) => (
            <g key={row[0]?.r}>
              <text class="axis" x={LEFT - 8} y={ri * CELL_H + CELL_H / 2 + 5} text-anchor="end">{row[0]?.r}</text>
              {row.map((c, fi) => {
                const key = `${c.r}-${c.fm}`;
                const x = LEFT + fi * CELL_W;
                const y = ri * CELL_H;
                const tip = { key, x: ((x + CELL_W / 2) / width) * 100, y: (y / height) * 100, text: cellText(c) };
                return (
                  <g
                    key={key}
                    class="cell"
                    tabindex={0}
                    data-customers={c.customers}
                    data-r={c.r}
                    data-fm={c.fm}
                    onPointerDown={(e) => { pointer.current = e.pointerType; }}
                    onPointerEnter={(e) => { if (e.pointerType === 'mouse') tips.show(tip); }}
                    onPointerLeave={(e) => { if (e.pointerType === 'mouse') tips.hide(key); }}
                    onFocus={() => tips.show(tip)}
                    onBlur={() => tips.hide(key)}
                    onClick={() => {
                      // A first tap shows the numbers (there is no hover on touch); the next one opens the cell.
                      if (pointer.current !== 'mouse' && armed.current !== key) {
                        armed.current = key;
                        tips.show(tip);
                        return;
                      }
                      armed.current = undefined;
                      route(cellHref(c.r, c.fm));
                    }}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        route(cellHref(c.r, c.fm));
                      }
                    }}
                  >
                    <rect x={x + 1} y={y + 1} width={CELL_W - 2} height={CELL_H - 2} rx={4} fill={heatColor(heatShare(c.customers, max))} />
                  </g>
                );
              })}
            </g>
          ))}
          {grid.cells[0]?.map((c, fi) => (
            <text key={c.fm} class="axis" x={LEFT + fi * CELL_W + CELL_W / 2} y={height - 6} text-anchor="middle">{c.fm}</text>
          ))}
        </svg>
        <ChartTip tip={tips.tip} />
      </div>
      <figcaption>
        <span class="axis-names">↑ {t('recency')} · → {t('fm')}</span>
        <span class="legend" aria-hidden="true">
          {t('fewer')}
          <span class="legend-ramp" style={{ background: `linear-gradient(to right, ${heatColor(0)}, ${heatColor(1)})` }} />
          {t('more')}
        </span>
        <span class="hint">{t('heatHint')}</span>
      </figcaption>
      <HeatTable grid={grid} />
    </figure>
  );
}

/** The same numbers as a table, for screen readers. */
function HeatTable({ grid }: { grid: RfmGrid }) {
  const t = useT(dashboardMessages);
  const f = useFormat();
  return (
    <table class="visually-hidden">
      <caption>{t('heatMap')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('recency')} \ {t('fm')}</th>
          {grid.cells[0]?.map((c) => <th key={c.fm} scope="col">FM {c.fm}</th>)}
        </tr>
      </thead>
      <tbody>
        {[...grid.cells].reverse().map((row) => (
          <tr key={row[0]?.r}>
            <th scope="row">R {row[0]?.r}</th>
            {row.map((c) => (
              <td key={c.fm}>
                <a href={cellHref(c.r, c.fm)} tabIndex={-1}>
                  {c.segment ? `${rfmLabel(c.segment, t.lang)}: ` : ''}{f.count(c.customers)}
                  {c.avgMonetary !== undefined ? `, ${f.money(Math.round(c.avgMonetary))}` : ''}
                </a>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
