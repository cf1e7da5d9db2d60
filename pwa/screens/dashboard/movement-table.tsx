import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { heatColor, heatInk, heatShare } from './color-scale.ts';
import { dashboardMessages } from './dashboard-messages.ts';
import type { FlowData } from './sankey-chart.tsx';

/** The movement as a from × to matrix; shaded cells, the diagonal (stayed) outlined. */
export function MovementTable({ flow, hidden }: { flow: FlowData; hidden?: boolean }) {
  const t = useT(dashboardMessages);
  const f = useFormat();
  const max = Math.max(0, ...flow.counts.flat());
  return (
    <div class={hidden ? 'visually-hidden' : 'matrix-scroll'} tabIndex={hidden ? undefined : 0} role={hidden ? undefined : 'region'}
      aria-label={hidden ? undefined : t('matrix')}>
      <table class="matrix" data-testid={hidden ? undefined : 'movement-matrix'}>
        <caption>{t('matrixCaption', { from: flow.fromDate, to: flow.toDate })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fromTo')}</th>
            {flow.toLabels.map((l, c) => <th key={c} scope="col">{l}</th>)}
          </tr>
        </thead>
        <tbody>
          {flow.counts.map((row, r) => (
            <tr key={r}>
              <th scope="row">{flow.fromLabels[r]}</th>
              {row.map((n, c) => {
                const k = heatShare(n, max);
                return (
                  <td key={c} class={`num${flow.fromLabels[r] === flow.toLabels[c] ? ' stay' : ''}`}
                    style={hidden ? undefined : { background: heatColor(k), color: heatInk(k) }}>
                    {n ? f.count(n) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
