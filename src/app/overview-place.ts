// The overview keeps its place across a visit to a pledge. Opening a pledge's link remembers which
// link it was and how far down the window it stood; back on the overview, the page scrolls that
// link to the same height and focuses it. The overview's later parts load and lay out after its
// first render, so the page follows the link for a moment, until it stops moving or the reader
// scrolls or types.

interface Place {
  programId: string;
  /** Which of the links to that pledge (the scorecard's, the table's…), in document order. */
  index: number;
  /** The link's distance from the top of the window. */
  top: number;
}

let remembered: Place | null = null;

const linksTo = (programId: string) =>
  [...document.querySelectorAll<HTMLAnchorElement>('main a[data-program]')].filter(
    (link) => link.dataset.program === programId,
  );

/** Remembers the pledge link a reader follows on the overview (a capturing click listener); returns its removal. */
export function rememberPlaces(): () => void {
  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-program]') : null;
    const programId = link?.dataset.program;
    if (!link || !programId) return;
    remembered = { programId, index: linksTo(programId).indexOf(link), top: link.getBoundingClientRect().top };
  };
  document.addEventListener('click', onClick, true);
  return () => document.removeEventListener('click', onClick, true);
}

/** Frames the page follows the link for at most (about four seconds), and still frames that end it. */
const MAX_FRAMES = 240;
const STILL_FRAMES = 20;

/** Back on the overview (once drawn), returns to the remembered link; returns a way to stop. */
export function restorePlace(): () => void {
  {
    const place = remembered;
    if (!place) return () => undefined;
    remembered = null;
    let frame = 0;
    let still = 0;
    let focused = false;
    let handle = 0;
    const stop = () => cancelAnimationFrame(handle);
    const step = () => {
      const links = linksTo(place.programId);
      const link = links[place.index] ?? links[0];
      if (link) {
        if (!focused) {
          link.focus({ preventScroll: true });
          focused = true;
        }
        const off = link.getBoundingClientRect().top - place.top;
        // A whole pixel off only: scrolling by less moves nothing and would never settle.
        if (Math.abs(off) >= 1 && window.scrollY + off >= 0) {
          window.scrollBy(0, off);
          still = 0;
        } else still += 1;
      }
      frame += 1;
      if (frame < MAX_FRAMES && still < STILL_FRAMES) handle = requestAnimationFrame(step);
    };
    handle = requestAnimationFrame(step);
    // The reader takes over: their scroll or key ends the following.
    const options = { once: true, passive: true, capture: true } as const;
    window.addEventListener('wheel', stop, options);
    window.addEventListener('touchstart', stop, options);
    window.addEventListener('keydown', stop, options);
    return () => {
      stop();
      window.removeEventListener('wheel', stop, options);
      window.removeEventListener('touchstart', stop, options);
      window.removeEventListener('keydown', stop, options);
    };
  }
}
