import { useMemo, useState } from 'react';

/** How many rows stay drawn (hidden) after they leave the page. */
const KEEP_DRAWN = 400;

/**
 * The rows to draw: the visible ones, plus rows drawn before (hidden, most recent first, up to
 * KEEP_DRAWN), in the order of `sortedAll`. Ticking a filter off again then unhides rows instead
 * of building them anew — the costliest part of a filter change. Draw each row with
 * `hidden={!visibleIds.has(id)}`.
 */
export function useKeptRows<Row>(
  sortedAll: readonly Row[],
  visible: readonly Row[],
  idOf: (row: Row) => string,
): { drawn: readonly Row[]; visibleIds: ReadonlySet<string> } {
  const visibleIds = useMemo(() => new Set(visible.map(idOf)), [visible, idOf]);
  const [kept, setKept] = useState<readonly string[]>(() => [...visibleIds]);
  const keptIds = useMemo(() => new Set(kept), [kept]);
  if ([...visibleIds].some((id) => !keptIds.has(id))) {
    // Derived state, updated during render (React re-renders the component at once).
    setKept(
      [...visibleIds, ...kept.filter((id) => !visibleIds.has(id))].slice(0, Math.max(KEEP_DRAWN, visibleIds.size)),
    );
  }
  const drawn = useMemo(
    () => sortedAll.filter((row) => visibleIds.has(idOf(row)) || keptIds.has(idOf(row))),
    [sortedAll, visibleIds, keptIds, idOf],
  );
  return { drawn, visibleIds };
}
