import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CustomerQuery, CustomerRow } from '../../../core/worker/engine-api.ts';
import { useEngine } from '../../engine/engine-context.tsx';

export const PAGE_SIZE = 100;
/** Pages kept in memory (8,000 rows at most); the farthest from the rows in view go first. */
const MAX_PAGES = 80;

type Filter = Omit<CustomerQuery, 'offset' | 'limit'>;

interface Cache {
  key: string;
  pages: Map<number, CustomerRow[]>;
  pending: Set<number>;
}

export interface CustomerPages {
  /** Identifies the rows shown: changes when the first page of a new filter arrives. */
  shownKey: string;
  /** Undefined until the first page answers. */
  total?: number;
  error?: Error;
  row(i: number): CustomerRow | undefined;
  /** Asks for the pages holding rows first..last (inclusive) that are not cached or on their way. */
  request(first: number, last: number): void;
}

/**
 * The customer list as pages fetched from the engine on demand and cached, so that 100k rows never
 * cross to the page at once. A new filter or a data change starts a fresh cache; answers for an
 * older one are dropped. The previous rows stay on screen until the new filter's first page arrives,
 * so typing in the search box never flashes an empty list.
 */
export function useCustomerPages(filter: Filter): CustomerPages {
  const { engine, version } = useEngine();
  const key = `${version}\n${JSON.stringify(filter)}`;
  const cache = useRef<Cache>({ key: '', pages: new Map(), pending: new Set() });
  // Reset while rendering, so that the list's effects already ask with the new filter.
  if (cache.current.key !== key) cache.current = { key, pages: new Map(), pending: new Set() };
  const shown = useRef<Cache>(cache.current);
  const [state, setState] = useState<{ key: string; total?: number; error?: Error }>({ key: '' });
  const [, setTick] = useState(0);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const fetchPage = useCallback((page: number) => {
    const c = cache.current;
    if (c.pages.has(page) || c.pending.has(page)) return;
    c.pending.add(page);
    engine.listCustomers({ ...filterRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (answer) => {
        if (cache.current !== c) return;
        c.pending.delete(page);
        c.pages.set(page, answer.rows);
        evict(c, page);
        shown.current = c;
        setState((s) => (s.key === c.key && s.total === answer.total && !s.error ? s : { key: c.key, total: answer.total }));
        setTick((n) => n + 1);
      },
      (error: unknown) => {
        if (cache.current !== c) return;
        c.pending.delete(page);
        setState({ key: c.key, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
  }, [engine]);

  useEffect(() => fetchPage(0), [key, fetchPage]);

  const request = useCallback((first: number, last: number) => {
    if (shown.current !== cache.current) return; // the new filter's first page is on its way
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) fetchPage(p);
  }, [key, fetchPage]);
  const row = (i: number) => shown.current.pages.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE];
  return {
    shownKey: shown.current.key,
    total: state.key === shown.current.key ? state.total : undefined,
    error: state.key === key ? state.error : undefined,
    row,
    request,
  };
}

function evict(c: Cache, near: number): void {
  if (c.pages.size <= MAX_PAGES) return;
  const far = [...c.pages.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
  for (const p of far.slice(0, c.pages.size - MAX_PAGES)) c.pages.delete(p);
}
