import type { OverlapMatrix, SegmentSummary } from '../../../core/worker/segments-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { heatColor, heatInk, heatShare } from '../dashboard/color-scale.ts';
import { schemesMessages } from './schemes-messages.ts';

/** Segments outside schemes may share customers: how many each pair shares, shaded by share of the row's size. */
export function OverlapView({ overlap, segments }: { overlap: OverlapMatrix; segments: SegmentSummary[] }) {
  const t = useT(schemesMessages);
  const f = useFormat();
  if (overlap.segmentIds.length === 0) return <p class="hint">{t('overlapNone')}</p>;
  const name = (id: string) => segments.find((s) => s.segment.id === id)?.segment.name ?? id;
  return (
    <div class="matrix-scroll" tabIndex={0} role="region" aria-label={t('overlap')}>
      <table class="overlap" data-testid="overlap">
        <caption>{t('overlapCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('segment')}</th>
            {overlap.segmentIds.map((id) => <th key={id} scope="col">{name(id)}</th>)}
          </tr>
        </thead>
        <tbody>
          {overlap.segmentIds.map((id, r) => (
            <tr key={id}>
              <th scope="row">{name(id)}</th>
              {overlap.counts[r].map((n, c) => {
                const k = r === c ? 0 : heatShare(n, overlap.counts[r][r]);
                return (
                  <td key={c} class={`num${r === c ? ' diagonal' : ''}`} style={{ background: heatColor(k), color: heatInk(k) }}>
                    {f.count(n)}
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
