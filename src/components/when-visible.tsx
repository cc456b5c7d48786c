import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Mounts its children once the placeholder comes near the viewport, so charts below the
 * fold cost nothing at start-up. The placeholder keeps their height: no layout shift.
 * Without IntersectionObserver (old browsers, jsdom) it mounts at once.
 */
export function WhenVisible({
  children,
  className,
  fallback,
}: {
  children: ReactNode;
  /** Sets the reserved height (a class, not an inline style: prerendered HTML must pass style-src 'self'). */
  className: string;
  fallback: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // In a browser without IntersectionObserver (or jsdom) mount at once; at build time, never.
  const [visible, setVisible] = useState(
    () => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined',
  );
  useEffect(() => {
    if (visible || !ref.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(ref.current);
    // Printing draws every chart: paper has no "later".
    const onPrint = () => setVisible(true);
    window.addEventListener('beforeprint', onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onPrint);
    };
  }, [visible]);
  return (
    <div ref={ref} className={className}>
      {visible ? children : fallback}
    </div>
  );
}
