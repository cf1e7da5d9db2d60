import { useLocation } from 'preact-iso';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useEngine, useEngineData } from '../../engine/engine-context.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { CustomerFilters } from './customer-filters.tsx';
import { filterFromQuery, filterUrl, type CustomerFilter } from './customer-filter.ts';
import { CustomerList } from './customer-list.tsx';
import { customersMessages } from './customers-messages.ts';
import { useCustomerPages } from './use-customer-pages.ts';
import './customers.css';

/**
 * The customer list (issue #4): search, segment and heat-map cell filters kept in the URL, and a
 * virtual list of every matching customer, biggest spenders first.
 */
export function CustomersScreen() {
  const t = useT(customersMessages);
  const { query, url, route } = useLocation();
  const filter = useMemo(() => filterFromQuery(query), [url]);
  const [text, setText] = useState(filter.q);
  // Back/forward and links change the URL: the search box follows.
  useEffect(() => setText(filter.q), [filter.q]);
  const segments = useEngineData((e) => e.segments(), []);
  const { engine, version } = useEngine();
  // Asks for the look-up index early: the engine builds it in the background after a load, and a search finishes the build.
  useEffect(() => void engine.lookup('', 1).catch(() => undefined), [engine, version]);

  const search = text.trim();
  const engineFilter = {
    ...(search ? { search } : {}),
    ...(filter.segment ? { segmentId: filter.segment } : {}),
    ...(filter.cell ? { cell: filter.cell } : {}),
  };
  const pages = useCustomerPages(engineFilter);
  const filtered = Boolean(search || filter.segment || filter.cell);

  const change = (next: CustomerFilter, replace: boolean) => route(filterUrl(next), replace);
  const onSearch = (value: string) => {
    setText(value);
    change({ ...filter, q: value }, true);
  };

  const total = pages.total;
  return (
    <section aria-labelledby="screen-title" class="customers-screen">
      <h1 id="screen-title">{t('title')}</h1>
      <CustomerFilters
        text={text}
        filter={filter}
        segments={segments.data ?? []}
        onSearch={onSearch}
        onSegment={(segment) => change({ ...filter, q: text, segment }, false)}
        onClearCell={() => change({ ...filter, q: text, cell: undefined }, false)}
      />
      <p class="customers-total" aria-live="polite" data-testid="customers-total">
        {total === undefined ? '' : filtered ? t.plural('found', total) : t.plural('total', total)}
      </p>
      {pages.error && <p class="error" role="alert">{t('failed', { message: pages.error.message })}</p>}
      {total === 0 && <p>{filtered ? t('nothing') : t('empty')}</p>}
      {total !== undefined && total > 0 && (
        <CustomerList key={pages.shownKey} pages={pages} total={total} memoryKey={url} />
      )}
    </section>
  );
}
