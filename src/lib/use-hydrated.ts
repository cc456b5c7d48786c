import { startTransition, useEffect, useState } from 'react';

/**
 * Whether what renders now is the prerendered markup: drawn by the build (app/prerender.tsx), or
 * taken over by the page (boot.tsx) until the overview's parts are all on the page.
 */
let prerendered = false;

/** Parts rendered from now on are the prerendered markup (drawn for it, or taking it over). */
export function beginPrerenderedMarkup(): void {
  prerendered = true;
}

/** Parts rendered from now on are drawn on the page. */
export function endPrerenderedMarkup(): void {
  prerendered = false;
}

/**
 * False while React takes over prerendered markup (and so in the build's prerender), true once
 * this component is on the page; true from the start when it is drawn rather than taken over. A
 * part that reads data the prerender did not have (the vintages) draws what the build drew until
 * it is taken over — data that arrived meanwhile would otherwise not match the markup — and React
 * draws it again just after, in the background.
 *
 * In the background (a transition), not at once: an input the reader changed while the page was
 * being taken over is replayed by React just after that part is taken over, and a render before
 * the replay would set the input back to its drawn value first (the choice would be lost).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(() => typeof window !== 'undefined' && !prerendered);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
