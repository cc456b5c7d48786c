// The briefing pack being assembled: one small store. Only what "Add to briefing" needs is in
// the initial bundle; reading and writing the pack (local storage, the #pack= address) loads
// just after the page boots (startPackSync), and the pack page brings its own editing actions.
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import type { Lang } from '../../lib/view-state';
import type { Pack, PackItem } from './model/pack';

interface PackState {
  pack: Pack;
  add: (item: Omit<PackItem, 'id' | 'takeaway'>) => void;
  replace: (pack: Pack) => void;
}

const store = createStore<PackState>()((set) => ({
  pack: { title: '', date: new Date().toISOString().slice(0, 10), lang: 'ko', pageSize: '16:9', items: [] },
  add: (item) =>
    set((state) => {
      const ids = new Set(state.pack.items.map((entry) => entry.id));
      let number = state.pack.items.length + 1;
      while (ids.has(`i${number}`)) number += 1;
      return { pack: { ...state.pack, items: [...state.pack.items, { ...item, id: `i${number}`, takeaway: '' }] } };
    }),
  replace: (pack) => set({ pack }),
}));

let started = false;

/** Loads the pack once (the URL's, else the stored one) and keeps storage and address in step. */
export function startPackSync(lang: Lang): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  void import('./pack-sync').then((sync) => sync.startSync(store, lang));
}

export function usePackStore<T>(selector: (state: PackState) => T): T {
  const read = () => selector(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}
usePackStore.getState = store.getState;

export const selectPack = (state: PackState) => state.pack;

const isPackAddress = () => window.location.hash === '#pack' || window.location.hash.startsWith('#pack=');

/** True while the address bar shows the pack page (#pack…). */
export function usePackRoute(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      window.addEventListener('hashchange', onChange);
      window.addEventListener('popstate', onChange);
      return () => {
        window.removeEventListener('hashchange', onChange);
        window.removeEventListener('popstate', onChange);
      };
    },
    isPackAddress,
    () => false,
  );
}

/** Opens the pack page (it writes the whole pack into the address once it has loaded). */
export function openPackPage(): void {
  window.location.hash = 'pack';
}

export function closePackPage(): void {
  window.history.pushState(null, '', `${window.location.pathname}${window.location.search}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
