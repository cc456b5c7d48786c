// Keeps the UI store and the address bar in step: a link reproduces the view, back/forward
// move between views, and with no query string the last view comes back from local storage.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createInitialView, useUiStore } from '../../lib/ui-store';
import type { Lang, ViewState } from '../../lib/view-state';
import { parseView, serializeView, type DroppedValue } from './model/url-state';

const STORAGE_KEY = 'pledge-tracker:last-view';
/** A remembered view longer than this is not a view this app wrote: it is ignored, with the notice. */
const MAX_STORED_LENGTH = 4_000;

/**
 * The remembered last view, or null. A storage that is disabled, throws, or hands back
 * something other than a string (a broken polyfill, another script's data) counts as none.
 */
export function readStoredView(): string | null {
  try {
    const value: unknown = window.localStorage.getItem(STORAGE_KEY);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

function writeStored(query: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, query);
  } catch {
    // Storage full or disabled: the URL still carries the view.
  }
}

function viewFromQuery(
  search: string,
  fallbackLang: Lang,
): { view: ViewState; dropped: DroppedValue[]; present: boolean } {
  const parsed = parseView(search);
  const base = createInitialView(fallbackLang);
  return {
    view: { ...base, ...parsed.view, filters: parsed.view.filters },
    dropped: parsed.dropped,
    present: parsed.present,
  };
}

/**
 * Reads the view from the URL once (or the stored last view when the URL has none), then
 * writes every change back: filter and program changes push a history entry, typing in
 * the search box replaces it. Returns the values the URL carried that were dropped.
 */
export function useUrlSync(
  defaultLang: Lang,
  mode: 'render' | 'prerender' | 'hydrate' = 'render',
): { dropped: DroppedValue[]; origin: ViewOrigin } {
  // Read once, before the first render, so the first paint already shows the linked view —
  // except when taking over prerendered markup: that first render must equal the markup
  // (the default overview; prerender-choice.js picked it because the link and the remembered
  // view ask for nothing else), so the view and any notice are applied just after it.
  const [restored, setRestored] = useState<Restored>(() =>
    mode === 'render' ? restoreView(defaultLang) : { dropped: [], origin: 'none' },
  );

  // Once: the write below cleans the address bar, so a second read (StrictMode runs effects
  // twice) would no longer see what the link carried.
  const hydrated = useRef(false);
  useLayoutEffect(() => {
    if (mode !== 'hydrate' || hydrated.current) return;
    hydrated.current = true;
    const next = restoreView(defaultLang);
    // Nothing dropped and nothing restored (the usual case): the page as taken over stands.
    setRestored((current) =>
      next.dropped.length === 0 && current.dropped.length === 0 && next.origin === current.origin ? current : next,
    );
  }, [mode, defaultLang]);

  useEffect(() => {
    if (mode === 'prerender') return undefined;
    const defaults = createInitialView(defaultLang);
    const write = (view: ViewState, mode: 'push' | 'replace') => {
      const query = serializeView(view, defaults);
      const next = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        if (mode === 'push') window.history.pushState(null, '', next);
        else window.history.replaceState(null, '', next);
      }
      writeStored(query);
    };
    write(useUiStore.getState(), 'replace');

    // A change is written just after the page has painted it: writing the address (a history
    // entry) takes a few milliseconds that would otherwise hold back the answer on screen
    // (docs/performance.md). Changes within one frame make one entry, a new one if any of them
    // asked for it.
    let pending: { state: ViewState; mode: 'push' | 'replace' } | null = null;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (pending) write(pending.state, pending.mode);
      pending = null;
    };
    const schedule = (state: ViewState, mode: 'push' | 'replace') => {
      const first = pending === null;
      pending = { state, mode: pending?.mode === 'push' ? 'push' : mode };
      // A hidden page paints nothing: write at once.
      if (document.visibilityState === 'hidden') return flush();
      if (first) frame = requestAnimationFrame(() => (timer = setTimeout(flush, 0)));
    };

    let restoring = false;
    const unsubscribe = useUiStore.subscribe((state, previous) => {
      if (restoring) return schedule(state, 'replace');
      const onlyQueryChanged =
        state.filters.query !== previous.filters.query &&
        serializeView({ ...state, filters: { ...state.filters, query: '' } }, defaults) ===
          serializeView({ ...previous, filters: { ...previous.filters, query: '' } }, defaults);
      schedule(state, onlyQueryChanged ? 'replace' : 'push');
    });
    const onPopState = () => {
      // The address moved (back or forward): it is the view now, not a change still to write.
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      pending = null;
      const next = viewFromQuery(window.location.search, defaultLang);
      restoring = true;
      useUiStore.getState().replaceView(next.view);
      restoring = false;
      setRestored({ dropped: next.dropped, origin: 'link' });
    };
    window.addEventListener('popstate', onPopState);
    // Leaving the page (or this view) writes what is still pending: nothing is lost.
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', flush);
    };
  }, [defaultLang, mode]);

  return restored;
}

/** Where the first view came from: the link, the remembered last view, or neither (defaults). */
export type ViewOrigin = 'link' | 'remembered' | 'none';
interface Restored {
  dropped: DroppedValue[];
  origin: ViewOrigin;
}

/**
 * Puts the URL's view into the store — or, when the URL carries none, the remembered last
 * view, parsed as tolerantly as a link (what it cannot use is dropped and reported, marked
 * as coming from the last visit). The remembered view never overrides the link.
 */
function restoreView(defaultLang: Lang): Restored {
  const fromUrl = viewFromQuery(window.location.search, defaultLang);
  if (fromUrl.present) {
    useUiStore.getState().replaceView(fromUrl.view);
    return { dropped: fromUrl.dropped, origin: 'link' };
  }
  const stored = readStoredView();
  if (stored === null || stored.trim() === '') {
    useUiStore.getState().replaceView(fromUrl.view);
    return { dropped: fromUrl.dropped, origin: 'none' };
  }
  if (stored.length > MAX_STORED_LENGTH) {
    useUiStore.getState().replaceView(fromUrl.view);
    return {
      dropped: [...fromUrl.dropped, { key: '…', value: stored.slice(0, 20), reason: 'malformed', from: 'remembered' }],
      origin: 'none',
    };
  }
  const fromStore = viewFromQuery(stored, defaultLang);
  useUiStore.getState().replaceView(fromStore.view);
  return {
    dropped: [...fromUrl.dropped, ...fromStore.dropped.map((item) => ({ ...item, from: 'remembered' as const }))],
    origin: fromStore.present ? 'remembered' : 'none',
  };
}

/** The absolute URL of a view, with its language always stated (for "Copy link" and exports). */
export function shareableUrl(view: ViewState, location: Pick<Location, 'origin' | 'pathname'>): string {
  const otherLang: Lang = view.lang === 'en' ? 'ko' : 'en';
  const query = serializeView(view, { ...createInitialView(otherLang) });
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}
