// Reading and writing the pack: local storage on every change, and the address (#pack=…) while
// the pack page is open, so its link reopens the same items in the same order.
import type { StoreApi } from 'zustand/vanilla';
import type { Lang } from '../../lib/view-state';
import { emptyPack, isPackHash, packFromHash, packFromJson, packToHash, packToJson, type Pack } from './model/pack';

const STORAGE_KEY = 'pledge-tracker:briefing-pack';

function readStored(fallback: Pack): Pack | null {
  try {
    const json = window.localStorage.getItem(STORAGE_KEY);
    return json ? packFromJson(json, fallback) : null;
  } catch {
    return null;
  }
}

function writeStored(pack: Pack): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, packToJson(pack));
  } catch {
    // Storage full or disabled: the address still carries the pack.
  }
}

/** Puts the whole pack in the address while the pack page shows (replacing "#pack"). */
export function writeAddress(pack: Pack): void {
  if (!isPackHash(window.location.hash)) return;
  const hash = packToHash(pack);
  if (hash !== window.location.hash)
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
}

export function startSync(store: StoreApi<{ pack: Pack; replace: (pack: Pack) => void }>, lang: Lang): void {
  const fallback = emptyPack(lang, new Date().toISOString().slice(0, 10));
  // Items pinned while this module loaded are kept, after the ones the pack already had.
  const early = store.getState().pack.items;
  const fromHash = packFromHash(window.location.hash, fallback);
  const loaded =
    (fromHash && fromHash.items.length > 0 ? fromHash : null) ?? readStored(fallback) ?? fromHash ?? fallback;
  const ids = new Set(loaded.items.map((item) => item.id));
  store.getState().replace({
    ...loaded,
    items: [...loaded.items, ...early.map((item) => (ids.has(item.id) ? { ...item, id: `${item.id}b` } : item))],
  });
  writeStored(store.getState().pack);
  writeAddress(store.getState().pack);
  store.subscribe((state) => {
    writeStored(state.pack);
    writeAddress(state.pack);
  });
  const onAddress = () => {
    const next = packFromHash(window.location.hash, store.getState().pack);
    if (next && packToJson(next) !== packToJson(store.getState().pack)) store.getState().replace(next);
    else writeAddress(store.getState().pack);
  };
  window.addEventListener('hashchange', onAddress);
}
