import { useEffect, useState } from 'react';

/** How long a wait lasts before it is worth showing (a busy part fades). */
export const LONG_WAIT_MS = 250;

/**
 * Whether a part has been `waiting` (catching up) for `afterMs` without a break — for a fade that
 * only a noticeable wait should show. A timer says so, not a CSS transition delay: a transition,
 * even one still in its delay, gives the element a compositing layer of its own in the frame that
 * starts the wait, and that frame is the input's.
 */
export function useLongWait(waiting: boolean, afterMs: number = LONG_WAIT_MS): boolean {
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setTimeout(() => setLong(true), afterMs);
    return () => {
      clearTimeout(timer);
      setLong(false);
    };
  }, [waiting, afterMs]);
  return waiting && long;
}
