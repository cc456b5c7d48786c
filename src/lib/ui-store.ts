// The one store of UI state (filters, open program, language, panel options). Server
// data never lives here — that is TanStack Query's job. Read it through small selectors.
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import {
  emptyFilters,
  type DatasetId,
  type Filters,
  type Grouping,
  type Lang,
  type Page,
  type ViewState,
} from './view-state';

interface UiActions {
  setFilters: (update: Partial<Filters>) => void;
  clearFilters: () => void;
  openProgram: (id: string | null) => void;
  setLang: (lang: Lang) => void;
  setGroupBy: (groupBy: Grouping) => void;
  setDataset: (dataset: DatasetId) => void;
  openPage: (page: Page) => void;
  setCompare: (compare: string | null) => void;
  replaceView: (view: ViewState) => void;
}

export type UiState = ViewState & UiActions;

export function createInitialView(lang: Lang = 'en'): ViewState {
  return {
    filters: emptyFilters,
    program: null,
    lang,
    groupBy: 'institution',
    dataset: 'reported',
    page: 'overview',
    compare: null,
  };
}

const store = createStore<UiState>()((set) => ({
  ...createInitialView(),
  setFilters: (update) => set((state) => ({ filters: { ...state.filters, ...update } })),
  clearFilters: () => set({ filters: emptyFilters }),
  openProgram: (program) => set({ program, page: 'overview' }),
  setLang: (lang) => set({ lang }),
  setGroupBy: (groupBy) => set({ groupBy }),
  setDataset: (dataset) => set({ dataset }),
  openPage: (page) => set({ page, program: null }),
  setCompare: (compare) => set({ compare }),
  // A view equal to the current one changes nothing (taking over the prerendered page restores
  // the default view it was drawn with): no reader of the store renders again.
  replaceView: (view) => set((state) => (sameView(state, view) ? state : view)),
}));

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sameView(a: ViewState, b: ViewState): boolean {
  const { filters: x } = a;
  const { filters: y } = b;
  return (
    a.program === b.program &&
    a.lang === b.lang &&
    a.groupBy === b.groupBy &&
    a.dataset === b.dataset &&
    a.page === b.page &&
    a.compare === b.compare &&
    x.query === y.query &&
    sameList(x.institutions, y.institutions) &&
    sameList(x.strategies, y.strategies) &&
    sameList(x.statuses, y.statuses) &&
    sameList(x.kinds, y.kinds)
  );
}

/** The state the prerendered markup was drawn with, while the page takes it over (boot.tsx). */
let drawnState: UiState | null = null;

/**
 * Taking over prerendered markup: until then, hydration reads the state it was drawn with. A part
 * taken over after the reader changed something (a language picked while the page was being
 * taken over) then matches its markup, and React draws the change just after, rather than
 * finding text that does not match and throwing the markup away.
 */
export function takeOverWith(state: UiState): void {
  drawnState = state;
}

/** How many readers the store asks, on every change, whether their part changed. */
let readers = 0;

function subscribe(listener: Parameters<typeof store.subscribe>[0]): () => void {
  readers += 1;
  const unsubscribe = store.subscribe(listener);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    readers -= 1;
    unsubscribe();
  };
}

/** The store's readers now: every one is asked on every change (a budget the tests hold). */
export const uiStoreReaders = () => readers;

/**
 * Reads the store through a selector (which must return a stored value, not a new object).
 * Unlike zustand's `create` hook, server rendering sees the current state, not the state the
 * store was created with: the build prerenders the overview once per language by setting the
 * language first. Hydration sees the state the markup was drawn with (`takeOverWith`).
 */
export function useUiStore<T>(selector: (state: UiState) => T): T {
  const read = () => selector(store.getState());
  const readDrawn = () => selector(drawnState ?? store.getState());
  return useSyncExternalStore(subscribe, read, readDrawn);
}

const noSubscription = () => () => undefined;

/**
 * A value the app provides once from its root (`provided`, from a context), or — where nothing
 * provides it (a part rendered alone) — the store's, read through `selector` as `useUiStore` reads.
 * Provided, it asks the store nothing: the store does not ask this reader on every change.
 */
export function useProvidedUiValue<T>(provided: T | null, selector: (state: UiState) => T): T {
  const read = () => provided ?? selector(store.getState());
  const readDrawn = () => provided ?? selector(drawnState ?? store.getState());
  return useSyncExternalStore(provided === null ? subscribe : noSubscription, read, readDrawn);
}

useUiStore.getState = store.getState;
useUiStore.setState = store.setState;
useUiStore.subscribe = subscribe;

export const selectLang = (state: UiState) => state.lang;
export const selectFilters = (state: UiState) => state.filters;
export const selectProgram = (state: UiState) => state.program;
export const selectGroupBy = (state: UiState) => state.groupBy;
export const selectDataset = (state: UiState) => state.dataset;
export const selectPage = (state: UiState) => state.page;
export const selectCompare = (state: UiState) => state.compare;
