import type { CustomerMoveInfo } from '../../../core/worker/segments-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { customerCardMessages } from './customer-card-messages.ts';
import { segmentLabel } from './segment-label.ts';

const RFM_SCHEME = 'rfm';

/** Every move between segments, newest first, per scheme (RFM included). */
export function CustomerMoves({ moves }: { moves: CustomerMoveInfo[] }) {
  const t = useT(customerCardMessages);
  const fmt = useFormat();
  // The engine sends segment names; `null` is everyone else (for RFM: not scored), absent is not yet a customer.
  const place = (m: CustomerMoveInfo, p: string | null | undefined) =>
    typeof p === 'string'
      ? (m.schemeId === RFM_SCHEME ? segmentLabel(p, t.lang) : p)
      : p === null ? t(m.schemeId === RFM_SCHEME ? 'rfmUnscored' : 'everyoneElse') : t('notYet');
  const newest = [...moves].sort((a, b) => b.at - a.at);
  return (
    <section aria-labelledby="card-moves" class="card-section">
      <h2 id="card-moves">{t('moves')}</h2>
      {newest.length === 0 ? (
        <p>{t('noMoves')}</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="card-moves">
          <table aria-labelledby="card-moves" data-testid="moves">
            <thead>
              <tr>
                <th scope="col">{t('colDate')}</th>
                <th scope="col">{t('colScheme')}</th>
                <th scope="col">{t('colFrom')}</th>
                <th scope="col">{t('colTo')}</th>
              </tr>
            </thead>
            <tbody>
              {newest.map((m, k) => (
                <tr key={k}>
                  <td>{fmt.date(m.at, true)}</td>
                  <td>{m.schemeName}</td>
                  <td>{place(m, m.from)}</td>
                  <td>{place(m, m.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
