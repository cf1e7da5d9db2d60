import { useRoute } from 'preact-iso';
import { useEngineData } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { customerCardMessages } from './customer-card-messages.ts';
import { CustomerMoves } from './customer-moves.tsx';
import { CustomerOrders } from './customer-orders.tsx';
import { CustomerProfileForm } from './customer-profile-form.tsx';
import { CustomerScores } from './customer-scores.tsx';
import { CustomerSegments } from './customer-segments.tsx';
import './customers.css';

/** One customer's card (issue #4): contacts, RFM scores explained, segments, orders, moves, profile. */
export function CustomerScreen() {
  const t = useT(customerCardMessages);
  const { params } = useRoute();
  const id = params.id ?? '';
  const { data, error, loading } = useEngineData(
    (e) => Promise.all([e.customerCard(id), e.customerMoves(id).catch(() => [])]),
    [id],
  );
  const [card, moves] = data ?? [];

  const back = <p class="card-back"><a href="/customers">← {t('back')}</a></p>;
  if (error) return <section aria-labelledby="screen-title">{back}<h1 id="screen-title">{id}</h1><p class="error" role="alert">{t('failed', { message: error.message })}</p></section>;
  if (!data) return <section aria-labelledby="screen-title" aria-busy={loading}>{back}<h1 id="screen-title">{id}</h1><p>{t('loading')}</p></section>;
  if (!card) return <section aria-labelledby="screen-title">{back}<h1 id="screen-title">{id}</h1><p>{t('missing')}</p></section>;

  const c = card.customer;
  const name = card.row.name || c.id;
  return (
    <section aria-labelledby="screen-title" class="customer-card">
      {back}
      <h1 id="screen-title">{name}</h1>
      <dl class="card-contacts">
        <div><dt>{t('id')}</dt><dd>{c.id}</dd></div>
        {c.emails.length > 0 && <div><dt>{t('emails')}</dt><dd>{c.emails.join(', ')}</dd></div>}
        {c.phones.length > 0 && <div><dt>{t('phones')}</dt><dd>{c.phones.join(', ')}</dd></div>}
      </dl>
      <CustomerScores card={card} />
      <CustomerSegments segments={card.segments} />
      <CustomerOrders card={card} />
      <CustomerMoves moves={moves ?? []} />
      <CustomerProfileForm customer={c} name={name} />
    </section>
  );
}
