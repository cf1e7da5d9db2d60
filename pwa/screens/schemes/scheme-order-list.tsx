import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/i18n-context.tsx';
import { schemesMessages } from './schemes-messages.ts';
import { useDragReorder } from './use-drag-reorder.ts';

export interface OrderItem {
  id: string;
  name: string;
  /** Customers the scheme gives this segment (first match wins). */
  count?: number;
  color?: string;
}

interface Props {
  label: string;
  items: OrderItem[];
  busy: boolean;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}

/** The scheme's segments in order: drag by the handle (mouse or touch), or move with the arrow buttons. */
export function SchemeOrderList({ label, items, busy, onMove, onRemove }: Props) {
  const t = useT(schemesMessages);
  const listRef = useRef<HTMLOListElement>(null);
  const { drag, start, offset } = useDragReorder(() => listRef.current, onMove);
  // Keyboard moves keep focus on the moved segment's arrow (or its other arrow at either end).
  const refocus = useRef<{ id: string; dir: 'up' | 'down' } | undefined>(undefined);
  useEffect(() => {
    const want = refocus.current;
    if (!want || busy) return;
    if (document.activeElement?.closest('li')?.getAttribute('data-segment-id') === want.id) {
      refocus.current = undefined;
      return;
    }
    const li = listRef.current?.querySelector<HTMLElement>(`li[data-segment-id="${CSS.escape(want.id)}"]`);
    const button = li?.querySelector<HTMLButtonElement>(`button[data-dir="${want.dir}"]:not(:disabled)`) ??
      li?.querySelector<HTMLButtonElement>('button[data-dir]:not(:disabled)');
    button?.focus();
    refocus.current = undefined;
  }, [items, busy]);
  const arrow = (i: number, dir: 'up' | 'down') => {
    refocus.current = { id: items[i].id, dir };
    onMove(i, dir === 'up' ? i - 1 : i + 1);
  };
  return (
    <ol class={`scheme-order${drag ? ' dragging' : ''}`} ref={listRef} aria-label={label}>
      {items.map((item, i) => (
        <li
          key={item.id}
          class={drag?.from === i ? 'lifted' : undefined}
          style={drag ? { transform: `translateY(${offset(i)}px)` } : undefined}
          data-segment-id={item.id}
        >
          <span
            class="handle"
            title={t('dragHandle')}
            aria-hidden="true"
            onPointerDown={(e) => { if (!busy) start(e, i); }}
          >
            ⠿
          </span>
          <span class="position" aria-hidden="true">{i + 1}</span>
          <span class="swatch" style={item.color ? { background: item.color } : undefined} aria-hidden="true" />
          <span class="name">{item.name}</span>
          <span class="count">{item.count === undefined ? '' : t.plural('customers', item.count)}</span>
          <span class="actions">
            {/* While saving, the arrows are aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
            <button type="button" class="icon" aria-label={t('moveUp', { name: item.name })} data-dir="up" disabled={i === 0} aria-disabled={busy || undefined} onClick={() => { if (!busy) arrow(i, 'up'); }}>↑</button>
            <button type="button" class="icon" aria-label={t('moveDown', { name: item.name })} data-dir="down" disabled={i === items.length - 1} aria-disabled={busy || undefined} onClick={() => { if (!busy) arrow(i, 'down'); }}>↓</button>
            <button type="button" class="icon" aria-label={t('remove', { name: item.name })} disabled={busy} onClick={() => onRemove(i)}>✕</button>
          </span>
        </li>
      ))}
    </ol>
  );
}
