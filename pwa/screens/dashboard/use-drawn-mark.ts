import { useEffect, useRef } from 'preact/hooks';
import { DASHBOARD_DRAWN, mark } from '../../perf/perf-marks.ts';

/**
 * Marks `segmenta:dashboard-drawn` once per mount, in the frame where no panel of the element is
 * loading any more (panels mark their placeholders with `data-loading`).
 */
export function useDrawnMark<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const check = () => {
      if (frame || el.querySelector('[data-loading]')) return;
      observer.disconnect();
      frame = requestAnimationFrame(() => mark(DASHBOARD_DRAWN));
    };
    const observer = new MutationObserver(check);
    observer.observe(el, { childList: true, subtree: true });
    check();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
  return ref;
}
