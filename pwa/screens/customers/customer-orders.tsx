import type { CustomerCard } from '../../../core/worker/engine-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { customerCardMessages } from './customer-card-messages.ts';
import { wallDate } from './wall-date.ts';

/** The newest orders (the engine sends at most 50) and how many there are in all. */
export function CustomerOrders({ card }: { card: CustomerCard }) {
  const t = useT(customerCardMessages);
  const fmt = useFormat();
  return (
    <section aria-labelledby="card-orders" class="card-section">
      <h2 id="card-orders">{t('orders')}</h2>
      {card.orders.length === 0 ? (
        <p>{t('noOrders')}</p>
      ) : (
        <>
          <p data-testid="orders-shown">{t.plural('ordersShown', card.orderCount, { shown: fmt.count(card.orders.length) })}</p>
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="card-orders">
            <table aria-labelledby="card-orders">
              <thead>
                <tr>
                  <th scope="col">{t('colDate')}</th>
                  <th scope="col">{t('colOrder')}</th>
                  <th scope="col" class="num">{t('colAmount')}</th>
                  <th scope="col">{t('colChannel')}</th>
                  <th scope="col">{t('colCategory')}</th>
                </tr>
              </thead>
              <tbody>
                {card.orders.map((o) => (
                  <tr key={o.orderId} class={o.counted ? undefined : 'not-counted'}>
                    <td>{wallDate(o.time, t.lang)}</td>
                    <td>{o.orderId}{o.counted ? '' : ` (${t('notCounted')})`}</td>
                    <td class="num">{fmt.money(o.amount)} {o.currency}</td>
                    <td>{o.channel}</td>
                    <td>{o.category}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
