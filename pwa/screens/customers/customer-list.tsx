import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { CustomerListRow } from './customer-list-row.tsx';
import { customersMessages } from './customers-messages.ts';
import type { CustomerPages } from './use-customer-pages.ts';

/** Fixed row height (px): the list's geometry is arithmetic, never measured row by row. */
export const ROW_HEIGHT = 60;
const OVERSCAN = 8;

/** Where each list (by its URL) was scrolled, so that Back from a card returns to the same rows. */
const scrollMemory = new Map<string, number>();

interface Props {
  pages: CustomerPages;
  total: number;
  /** The list's URL, for restoring the scroll position. */
  memoryKey: string;
}

/**
 * The virtual customer list: only the rows in view (plus overscan) are in the DOM, absolutely placed
 * in a spacer as tall as all rows; pages come from the engine as they scroll into view. One tab stop
 * (roving tabindex): arrows, Page Up/Down, Home and End move, Enter opens the card.
 */
export function CustomerList({ pages, total, memoryKey }: Props) {
  const t = useT(customersMessages);
  const { money } = useFormat();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(() => scrollMemory.get(memoryKey) ?? 0);
  const [height, setHeight] = useState(600);
  const [scrollbar, setScrollbar] = useState(0);
  const [active, setActive] = useState(() => Math.floor((scrollMemory.get(memoryKey) ?? 0) / ROW_HEIGHT));
  /** The row to focus once it is rendered (after a key moved the active row). */
  const focusTarget = useRef<number | undefined>(undefined);
  const frame = useRef(0);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const activeIndex = Math.min(active, Math.max(0, total - 1));
  // Keys may arrive faster than renders: moves count from the latest active row, not the rendered one.
  const activeRef = useRef(activeIndex);

  useLayoutEffect(() => {
    const el = scroller.current!;
    el.scrollTop = scrollMemory.get(memoryKey) ?? 0;
    const measure = () => {
      setHeight(el.clientHeight);
      setScrollbar(el.offsetWidth - el.clientWidth - el.clientLeft * 2);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    return () => { observer.disconnect(); cancelAnimationFrame(frame.current); };
  }, []);

  useEffect(() => {
    if (total > 0) pages.request(first, last);
  }, [first, last, total, pages.request]);

  useLayoutEffect(() => {
    if (focusTarget.current === undefined) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-index="${focusTarget.current}"]`);
    focusTarget.current = undefined;
    el?.focus({ preventScroll: true });
  });

  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const top = scroller.current?.scrollTop ?? 0;
      scrollMemory.set(memoryKey, top);
      setScrollTop(top);
    });
  };

  const moveTo = (i: number) => {
    const el = scroller.current!;
    const next = Math.max(0, Math.min(total - 1, i));
    if (next * ROW_HEIGHT < el.scrollTop) el.scrollTop = next * ROW_HEIGHT;
    else if ((next + 1) * ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = (next + 1) * ROW_HEIGHT - el.clientHeight;
    setScrollTop(el.scrollTop);
    scrollMemory.set(memoryKey, el.scrollTop);
    focusTarget.current = next;
    activeRef.current = next;
    setActive(next);
  };

  const perPage = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: perPage, PageUp: -perPage };
    const from = Math.min(activeRef.current, total - 1);
    if (e.key in step) moveTo(from + step[e.key]);
    else if (e.key === 'Home') moveTo(0);
    else if (e.key === 'End') moveTo(total - 1);
    else return;
    e.preventDefault();
  };

  // The active row may have scrolled out of the DOM: focusing the list then lands on the first row in view.
  const activeShown = activeIndex >= first && activeIndex <= last;
  const onFocus = (e: FocusEvent) => {
    const el = scroller.current;
    if (el && e.target === el) moveTo(Math.ceil(el.scrollTop / ROW_HEIGHT));
    else {
      const i = Number((e.target as HTMLElement).dataset.index);
      if (Number.isInteger(i) && i !== activeRef.current) { activeRef.current = i; setActive(i); }
    }
  };

  const rows = [];
  for (let i = first; i <= last; i++) {
    rows.push(<CustomerListRow key={i} index={i} total={total} top={i * ROW_HEIGHT} row={pages.row(i)} active={i === activeIndex} t={t} money={money} />);
  }
  return (
    <>
      <div class="customer-head" aria-hidden="true" style={{ '--scrollbar': `${scrollbar}px` }}>
        <span>{t('colCustomer')}</span>
        <span class="cr-contact">{t('colContact')}</span>
        <span class="cr-segment">{t('colSegment')}</span>
        <span class="cr-scores">{t('colScores')}</span>
        <span class="cr-money">{t('colMonetary')}</span>
      </div>
      <div
      ref={scroller}
      class="customer-scroller"
      role="group"
      aria-label={t('listLabel')}
      aria-describedby="customer-list-hint"
      tabIndex={activeShown ? -1 : 0}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
      onFocusIn={onFocus}
    >
      <ul class="customer-rows" style={{ height: `${total * ROW_HEIGHT}px` }}>
        {rows}
      </ul>
      <p id="customer-list-hint" class="visually-hidden">{t('keyboardHint')}</p>
      </div>
    </>
  );
}
