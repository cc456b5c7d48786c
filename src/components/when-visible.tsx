import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Mounts its children once the placeholder comes near the viewport, so charts below the
 * fold cost nothing at start-up. The placeholder keeps their height: no layout shift.
 * Without IntersectionObserver (old browsers, jsdom) it mounts at once.
 */
export function WhenVisible({
  children,
  minHeight,
  fallback,
}: {
  children: ReactNode;
  minHeight: number;
  fallback: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
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
    return () => observer.disconnect();
  }, [visible]);
  return (
    <div ref={ref} style={{ minHeight }}>
      {visible ? children : fallback}
    </div>
  );
}
