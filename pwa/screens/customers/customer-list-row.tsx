import type { CustomerRow } from '../../../core/worker/engine-api.ts';
import type { Format } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/i18n-context.tsx';
import type { customersMessages } from './customers-messages.ts';
import { segmentLabel } from './segment-label.ts';

type T = Translate<keyof (typeof customersMessages)['en']>;

interface Props {
  index: number;
  total: number;
  top: number;
  row?: CustomerRow;
  active: boolean;
  t: T;
  /** Passed down: formats are made once per list, not once per row mounted while scrolling. */
  money: Format['money'];
}

/**
 * One line of the virtual list: a link to the card (Enter or a tap opens it). A row still loading is
 * the same element without `href`, so a focused row keeps its focus when its data arrives.
 */
export function CustomerListRow({ index, total, top, row, active, t, money }: Props) {
  const style = { transform: `translateY(${top}px)` };
  return (
    <li class="customer-row" style={style} aria-setsize={total} aria-posinset={index + 1}>
      <a
        href={row ? `/customers/${encodeURIComponent(row.id)}` : undefined}
        tabIndex={active ? 0 : -1}
        data-index={index}
        aria-busy={row ? undefined : 'true'}
      >
        {row ? (
          <>
            <span class="cr-name">
              <strong>{row.name || row.id}</strong>
              <small>{row.id}</small>
            </span>
            <span class="cr-contact">
              <span>{row.email ?? ''}</span>
              <small>{row.phone ?? ''}</small>
            </span>
            <span class="cr-segment">{row.segment ? segmentLabel(row.segment, t.lang) : t('notScored')}</span>
            <span class="cr-scores">{row.r ? t('rowScores', { r: row.r, f: row.f, m: row.m }) : ''}</span>
            <span class="cr-money">{money(row.monetary)}</span>
          </>
        ) : (
          <span class="cr-loading">{t('loadingRow')}</span>
        )}
      </a>
    </li>
  );
}
