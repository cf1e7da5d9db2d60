import type { CardInfo } from '../messages.ts';

const t = (key: string, ...substitutions: string[]) => chrome.i18n.getMessage(key, substitutions);
const locale = chrome.i18n.getUILanguage();
const money = (minor: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(minor / 100);
const count = (n: number) => new Intl.NumberFormat(locale).format(n);
/** Order times are wall-clock seconds as written (no zone): format them in UTC to show them unchanged. */
const day = (seconds: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(seconds * 1000);

/** A move's end: a segment, everyone else (null), or not a customer yet (absent). */
const place = (p: string | null | undefined) => (p === undefined ? t('popupMoveNew') : p === null ? t('popupMoveOther') : p);

/** The RFM card of one customer. */
export function CustomerCard({ card }: { card: CardInfo }) {
  return (
    <article class="card" data-testid="card" aria-label={card.name || card.customerId}>
      <h2>{card.name || card.customerId}</h2>
      <p>
        <span class="segment" style={{ background: card.color }}>{card.segment ?? t('popupNotScored')}</span>{' '}
        {card.rfmCode && <span data-testid="rfm-code">{card.rfmCode}</span>}
      </p>
      <dl>
        {card.recencyDays !== undefined && (<><dt>{t('popupRecency')}</dt><dd>{t('popupDays', count(card.recencyDays))}</dd></>)}
        <dt>{t('popupOrders')}</dt><dd>{count(card.frequency)}</dd>
        <dt>{t('popupSpent')}</dt><dd>{money(card.monetary)}</dd>
        {card.aov !== undefined && (<><dt>{t('popupAov')}</dt><dd>{money(card.aov)}</dd></>)}
        {card.lastOrder && (<><dt>{t('popupLastOrder')}</dt><dd>{day(card.lastOrder.time)} · {money(card.lastOrder.amount)}</dd></>)}
      </dl>
      {card.explanation.length > 0 && (
        <ul class="explanation">{card.explanation.map((s) => <li key={s}>{s}</li>)}</ul>
      )}
      {card.segments.length > 0 && (
        <p>{t('popupSegments')}: {card.segments.map((s) => s.name).join(', ')}</p>
      )}
      {card.moves.length > 0 && (
        <>
          <h3>{t('popupMoves')}</h3>
          <ul class="moves">
            {card.moves.map((m) => (
              <li key={`${m.at}-${m.scheme}`}>
                {new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(m.at)} · {m.scheme}: {place(m.from)} → {place(m.to)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="id">{card.customerId}</p>
    </article>
  );
}
