// The one store of UI state (filters, open program, language, panel options). Server
// data never lives here — that is TanStack Query's job. Read it through small selectors.
import { create } from 'zustand';
import { emptyFilters, type Filters, type Grouping, type Lang, type ViewState } from './view-state';

interface UiActions {
  setFilters: (update: Partial<Filters>) => void;
  clearFilters: () => void;
  openProgram: (id: string | null) => void;
  setLang: (lang: Lang) => void;
  setGroupBy: (groupBy: Grouping) => void;
  replaceView: (view: ViewState) => void;
}

export type UiState = ViewState & UiActions;

export function createInitialView(lang: Lang = 'en'): ViewState {
  return { filters: emptyFilters, program: null, lang, groupBy: 'institution' };
}

export const useUiStore = create<UiState>()((set) => ({
  ...createInitialView(),
  setFilters: (update) => set((state) => ({ filters: { ...state.filters, ...update } })),
  clearFilters: () => set({ filters: emptyFilters }),
  openProgram: (program) => set({ program }),
  setLang: (lang) => set({ lang }),
  setGroupBy: (groupBy) => set({ groupBy }),
  replaceView: (view) => set(view),
}));

export const selectLang = (state: UiState) => state.lang;
export const selectFilters = (state: UiState) => state.filters;
export const selectProgram = (state: UiState) => state.program;
export const selectGroupBy = (state: UiState) => state.groupBy;
