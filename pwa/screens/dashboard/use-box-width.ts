import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The width in CSS pixels of the element `ref` points at, kept up to date; charts draw at that width so
 * their text stays at its real size on phones instead of shrinking with a fixed viewBox.
 */
export function useBoxWidth<T extends Element>(fallback = 600) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
