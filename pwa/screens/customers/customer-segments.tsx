import type { CustomerCard } from '../../../core/worker/engine-api.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { customerCardMessages } from './customer-card-messages.ts';

/** The user's segments the customer is in, each a link to its editor. */
export function CustomerSegments({ segments }: { segments: CustomerCard['segments'] }) {
  const t = useT(customerCardMessages);
  return (
    <section aria-labelledby="card-segments" class="card-section">
      <h2 id="card-segments">{t('segments')}</h2>
      {segments.length === 0 ? (
        <p>{t('noSegments')}</p>
      ) : (
        <ul class="segment-chips" data-testid="card-segments">
          {segments.map((s) => (
            <li key={s.id}>
              <a href={`/segments/${encodeURIComponent(s.id)}`}>
                <span class="chip-dot" style={s.color ? { background: s.color } : undefined} aria-hidden="true" />
                {s.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
