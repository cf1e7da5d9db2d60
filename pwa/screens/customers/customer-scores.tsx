import type { CustomerCard } from '../../../core/worker/engine-api.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { customerCardMessages } from './customer-card-messages.ts';
import { CustomerDimension } from './customer-dimension.tsx';
import { segmentLabel } from './segment-label.ts';

/** R, F and M with their classes and explanations, the FM class and the RFM segment. */
export function CustomerScores({ card }: { card: CustomerCard }) {
  const t = useT(customerCardMessages);
  const x = card.explanation;
  return (
    <section aria-labelledby="card-scores" class="card-section">
      <h2 id="card-scores">{t('scores')}</h2>
      {!x ? (
        <p>{t('notScored')}</p>
      ) : (
        <>
          <p class="rfm-summary">
            <span class="rfm-badge" data-testid="rfm-code">R{card.row.r} F{card.row.f} M{card.row.m}</span>
            <span>{t('rfmSegment')}: <strong data-testid="rfm-segment">{segmentLabel(x.segment, t.lang)}</strong></span>
            <span>{t('fm', { fm: x.fm })}</span>
          </p>
          <div class="dimensions">
            {x.dimensions.map((d) => <CustomerDimension key={d.dimension} d={d} />)}
          </div>
        </>
      )}
    </section>
  );
}
