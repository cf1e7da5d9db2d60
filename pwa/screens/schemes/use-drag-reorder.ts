import { useEffect, useRef, useState } from 'preact/hooks';

export interface DragState {
  from: number;
  to: number;
  dy: number;
  /** Distance between neighbouring items' middles: how far the passed items make room. */
  step: number;
}

/**
 * Reordering a vertical list by dragging a handle, with pointer events (mouse, touch and pen alike).
 * The handle needs `touch-action: none` so a touch drag does not scroll the page. Listeners sit on the
 * window while dragging, so the pointer may leave the handle. `onDrop(from, to)` runs when the item moved.
 */
export function useDragReorder(list: () => HTMLElement | null, onDrop: (from: number, to: number) => void) {
  const [drag, setDrag] = useState<DragState>();
  const session = useRef<{ pointerId: number; startY: number; mids: number[]; from: number; cleanup(): void } | undefined>(undefined);

  useEffect(() => () => session.current?.cleanup(), []);

  function start(e: PointerEvent, index: number) {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    const items = [...(list()?.children ?? [])] as HTMLElement[];
    if (!items[index]) return;
    e.preventDefault();
    session.current?.cleanup();
    const mids = items.map((el) => { const r = el.getBoundingClientRect(); return r.top + r.height / 2; });
    const from = index;
    const startY = e.clientY;
    const step = mids.length > 1 ? (mids.at(-1)! - mids[0]) / (mids.length - 1) : 0;
    // Where the dragged item's middle is now, among the others' middles, is where it would land.
    const targetOf = (dy: number) => {
      const y = mids[from] + dy;
      let to = from;
      while (to > 0 && y < mids[to - 1]) to--;
      while (to < mids.length - 1 && y > mids[to + 1]) to++;
      return to;
    };
    const move = (ev: PointerEvent) => {
      if (ev.pointerId !== e.pointerId) return;
      ev.preventDefault();
      const dy = ev.clientY - startY;
      setDrag({ from, to: targetOf(dy), dy, step });
    };
    const end = (ev: PointerEvent) => {
      if (ev.pointerId !== e.pointerId) return;
      const to = ev.type === 'pointercancel' ? from : targetOf(ev.clientY - startY);
      cleanup();
      setDrag(undefined);
      if (to !== from) onDrop(from, to);
    };
    const cleanup = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      session.current = undefined;
    };
    window.addEventListener('pointermove', move, { passive: false });
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
    session.current = { pointerId: e.pointerId, startY, mids, from, cleanup };
    try {
      (e.currentTarget as Element | null)?.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic pointer has nothing to capture; the window listeners still follow it.
    }
    setDrag({ from, to: from, dy: 0, step });
  }

  /** Offset of item `i` while dragging: the dragged one follows the pointer, the ones it passed make room. */
  function offset(i: number): number {
    if (!drag) return 0;
    if (i === drag.from) return drag.dy;
    if (drag.from < drag.to && i > drag.from && i <= drag.to) return -drag.step;
    if (drag.from > drag.to && i < drag.from && i >= drag.to) return drag.step;
    return 0;
  }

  return { drag, start, offset };
}
