import { startTransition, useEffect, useState } from 'react';

/**
 * False while React takes over prerendered markup (and so in the build's prerender), true once
 * this component is on the page. A part that reads data the prerender did not have (the vintages)
 * draws what the build drew until it is taken over — data that arrived meanwhile would otherwise
 * not match the markup — and React draws it again just after, in the background.
 *
 * In the background (a transition), not at once: an input the reader changed while the page was
 * being taken over is replayed by React just after that part is taken over, and a render before
 * the replay would set the input back to its drawn value first (the choice would be lost).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => startTransition(() => setHydrated(true)), []);
  return hydrated;
}
