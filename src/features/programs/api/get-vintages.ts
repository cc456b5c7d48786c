// The vintages (docs/api.md, "Vintages"): the list, and one vintage's meta, programs and
// indicators — the same paths from a live API and from the embedded static files.
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchApi } from '../../../lib/api/client';
import type { VintageView } from '../model/digest';
import { comparisonValues, pickComparison } from '../model/comparison';
import type { Vintage } from '../../../lib/vintages';
import type { PanelComparison } from '../../../lib/panel-comparison';

/**
 * The list of vintages; `enabled: false` asks nothing and follows nothing (a page that may not
 * need them, or not yet): its arrival for another reader does not render this one again.
 */
export const useVintages = (enabled = true) =>
  useQuery({
    queryKey: ['reported', 'vintages'],
    queryFn: ({ signal }) => fetchApi('vintages', { signal }),
    select: (data) => data.vintages,
    staleTime: Infinity,
    enabled,
    subscribed: enabled,
  });

async function fetchVintage(id: string, signal: AbortSignal): Promise<VintageView> {
  const [meta, programs, indicators] = await Promise.all([
    fetchApi('vintageMeta', { id, signal }),
    fetchApi('vintagePrograms', { id, signal }),
    fetchApi('vintageIndicators', { id, signal }),
  ]);
  return { meta, programs: programs.programs, indicators: indicators.indicators };
}

const vintageViewQuery = (id: string | null) => ({
  queryKey: ['reported', 'vintage', id],
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchVintage(id ?? '', signal),
  enabled: id !== null,
  staleTime: Infinity,
});

/** One vintage's data; a vintage never changes, so it is fetched once. */
export const useVintageView = (id: string | null) => useQuery(vintageViewQuery(id));

interface VintageViews {
  /** Each vintage's data, in the order asked for; undefined while it loads or when it failed. */
  views: (VintageView | undefined)[];
  /** Every one has loaded or failed. */
  settled: boolean;
}

function combineViews(results: UseQueryResult<VintageView>[]): VintageViews {
  return { views: results.map((result) => result.data), settled: results.every((result) => !result.isPending) };
}

/** Several vintages' data (the same cache entries as useVintageView). */
export const useVintageViews = (ids: readonly string[]) =>
  useQueries({ queries: ids.map((id) => vintageViewQuery(id)), combine: combineViews });

/**
 * The comparison vintage of the view (`compare`, else the previous briefing) and each pledge's
 * value there — the ghost marks — once its data has arrived.
 */
export function useComparison(
  compare: string | null,
  /**
   * False on the demo dataset (the vintages hold reported figures only, never mixed with made-up
   * ones), and while the overview's later parts are taken over (app/overview-page.tsx).
   */
  enabled = true,
): {
  vintage: Vintage | null;
  values: ReadonlyMap<string, number> | undefined;
  /** The comparison vintage's data, for panels that draw their ghosts from it. */
  panel: PanelComparison | undefined;
} {
  const vintages = useVintages(enabled);
  const vintage = vintages.data && enabled ? pickComparison(vintages.data, compare) : null;
  const view = useVintageView(vintage?.id ?? null);
  const values = useMemo(() => (view.data ? comparisonValues(view.data) : undefined), [view.data]);
  const recordedUpTo = vintage?.recordedUpTo;
  const panel = useMemo(
    () => (view.data && recordedUpTo ? { view: view.data, recordedUpTo } : undefined),
    [view.data, recordedUpTo],
  );
  // One object while nothing changes (the overview defers it: a new object would redraw).
  return useMemo(() => ({ vintage, values, panel }), [vintage, values, panel]);
}
