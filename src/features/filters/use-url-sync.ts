// Keeps the UI store and the address bar in step: a link reproduces the view, back/forward
// move between views, and with no query string the last view comes back from local storage.
import { useEffect, useState } from 'react';
import { createInitialView, useUiStore } from '../../lib/ui-store';
import type { Lang, ViewState } from '../../lib/view-state';
import { parseView, serializeView, type DroppedValue } from './model/url-state';

const STORAGE_KEY = 'pledge-tracker:last-view';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
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
export function useUrlSync(defaultLang: Lang, prerendering = false): DroppedValue[] {
  // Read once, before the first render, so the first paint already shows the linked view.
  const [dropped, setDropped] = useState<DroppedValue[]>(() => (prerendering ? [] : restoreView(defaultLang)));

  useEffect(() => {
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

    let restoring = false;
    const unsubscribe = useUiStore.subscribe((state, previous) => {
      if (restoring) return write(state, 'replace');
      const onlyQueryChanged =
        state.filters.query !== previous.filters.query &&
        serializeView({ ...state, filters: { ...state.filters, query: '' } }, defaults) ===
          serializeView({ ...previous, filters: { ...previous.filters, query: '' } }, defaults);
      write(state, onlyQueryChanged ? 'replace' : 'push');
    });
    const onPopState = () => {
      const next = viewFromQuery(window.location.search, defaultLang);
      restoring = true;
      useUiStore.getState().replaceView(next.view);
      restoring = false;
      setDropped(next.dropped);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [defaultLang]);

  return dropped;
}

/** Puts the URL's view (or the stored last view, when the URL has none) into the store. */
function restoreView(defaultLang: Lang): DroppedValue[] {
  const fromUrl = viewFromQuery(window.location.search, defaultLang);
  const initial = fromUrl.present ? fromUrl : viewFromQuery(readStored() ?? '', defaultLang);
  useUiStore.getState().replaceView(initial.view);
  return fromUrl.dropped;
}

/** The absolute URL of a view, with its language always stated (for "Copy link" and exports). */
export function shareableUrl(view: ViewState, location: Pick<Location, 'origin' | 'pathname'>): string {
  const otherLang: Lang = view.lang === 'en' ? 'ko' : 'en';
  const query = serializeView(view, { ...createInitialView(otherLang) });
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}
