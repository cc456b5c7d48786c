import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while React takes over prerendered markup (and so in the build's prerender), true in any
 * render on the page after that. A part that reads data the prerender did not have (the vintages)
 * draws what the build drew until it is taken over — data that arrived meanwhile would otherwise
 * not match the markup — and React draws it again at once after.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
