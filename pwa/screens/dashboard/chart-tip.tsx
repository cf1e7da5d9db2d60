import { useState } from 'preact/hooks';

/** A chart's tooltip: where (percent of the chart box) and what it says. */
export interface Tip {
  key: string;
  x: number;
  y: number;
  text: string;
}

export interface ChartTipState {
  tip?: Tip;
  show(tip: Tip): void;
  hide(key?: string): void;
}

export function useChartTip(): ChartTipState {
  const [tip, setTip] = useState<Tip>();
  return {
    tip,
    show: setTip,
    hide: (key) => setTip((t) => (key === undefined || t?.key === key ? undefined : t)),
  };
}

/**
 * Handlers that show a tip on hover, focus and tap (nothing is hover-only), for a focusable chart mark.
 * A tap (touch or pen) shows the tip; hover and focus show it too; leaving or blurring hides it.
 */
export function tipHandlers(state: ChartTipState, tip: Tip) {
  return {
    onPointerEnter: () => state.show(tip),
    onPointerLeave: (e: PointerEvent) => { if (e.pointerType === 'mouse') state.hide(tip.key); },
    onFocus: () => state.show(tip),
    onBlur: () => state.hide(tip.key),
    onClick: () => state.show(tip),
  };
}

/** The tip's box, always in the page so screen readers hear its changes. */
export function ChartTip({ tip }: { tip?: Tip }) {
  return (
    <p
      class={`chart-tip${tip ? ' visible' : ''}`}
      role="status"
      aria-live="polite"
      style={tip ? { left: `${Math.min(85, Math.max(15, tip.x))}%`, top: `${tip.y}%` } : undefined}
    >
      {tip?.text ?? ''}
    </p>
  );
}
