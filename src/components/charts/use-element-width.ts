// The width of an element, followed as it resizes, so a chart is drawn at the width of its
// panel. Where ResizeObserver is missing (jsdom, very old browsers) it stays at `fallback`.
import { useCallback, useState } from 'react';

export function useElementWidth(fallback: number): [width: number, ref: (element: HTMLElement | null) => void] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (measured: number) => {
      // Whole pixels, and no redraw for a sub-pixel change.
      if (measured > 0) setWidth((current) => (Math.abs(current - measured) >= 1 ? Math.floor(measured) : current));
    };
    measure(element.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) measure(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [width, ref];
}
