// The overview's selection, in one place: the rows built from the data, what the filters leave
// (`shown`: counts, tallies, charts, digest, table), the totals, and the filters in words. The page
// lays these out; it does not compute them. The scorecard follows the filters on its own, at once
// (overview-page.tsx); all of this follows them just after, in the background.
import { startTransition, useEffect, useMemo, useState } from 'react';
import { keptSelections } from '../features/filters/model/apply-filters';
import { usePrograms } from '../features/programs/api/get-programs';
import { buildProgramRows, type ProgramRow } from '../features/programs/model/overview-rows';
import { computeOverviewTotals } from '../features/programs/model/overview-totals';
import { isolate } from '../lib/bidi';
import { todayIso } from '../lib/clock';
import { useInstitutions, useMeta, useStrategies } from '../lib/api/reference-data';
import type { Filters, PledgeStatus } from '../lib/view-state';
import { selectFilters, useUiStore } from '../lib/ui-store';
import { filtersInWords } from './filters-in-words';
import { useLang } from '../lib/ui-provided';

/** A pledge's row with its status, as the filters take it. */
export type OverviewItem = ProgramRow & { status: PledgeStatus };

/** What the filters leave of the overview's rows, shared by the scorecard and the page. */
export const selectionOf = keptSelections<OverviewItem>();

/**
 * The filters the page's later parts are drawn from. Until `settled`, the store's filters, at once:
 * a change reaches the parts still being taken over (hydrated) through their props in the same
 * pass (overview-page.tsx). Once settled, they follow the store in a transition: a change renders
 * the scorecard and the ticked option alone in the input's frame (neither this page nor its other
 * parts renders then), and everything else just after, in the background — React drops that work
 * when another change comes first.
 */
export function useFollowedFilters(settled: boolean): Filters {
  const live = useUiStore((state) => (settled ? null : selectFilters(state)));
  const [followed, setFollowed] = useState(() => selectFilters(useUiStore.getState()));
  // Kept level while unsettled, so that settling starts from the filters drawn.
  if (live !== null && live !== followed) setFollowed(live);
  useEffect(() => {
    if (!settled) return undefined;
    const follow = () => {
      const next = selectFilters(useUiStore.getState());
      startTransition(() => setFollowed(next));
    };
    // A change between the render and this subscription is caught up with here.
    follow();
    return useUiStore.subscribe(follow);
  }, [settled]);
  return live ?? followed;
}

/**
 * `settled`: the overview's later parts are on the page (taken over, or drawn); until then a change
 * renders them in the same pass as the scorecard (`useFollowedFilters`).
 */
export function useOverviewSelection(settled: boolean) {
  const lang = useLang();
  const filters = useFollowedFilters(settled);
  const programs = usePrograms();
  const institutions = useInstitutions();
  const strategies = useStrategies();
  const meta = useMeta();
  const asOf = meta.data?.asOf;
  const rows = useMemo(
    () =>
      programs.data && institutions.data && strategies.data && asOf
        ? buildProgramRows(programs.data, institutions.data, strategies.data.strategies, asOf, lang, todayIso())
        : null,
    [programs.data, institutions.data, strategies.data, asOf, lang],
  );
  const items = useMemo(() => rows?.map((row) => ({ ...row, status: row.assessment.status })) ?? [], [rows]);
  // The same selection the scorecard took at the change (kept per rows and filters).
  const { rows: shown, ids: shownIds } = selectionOf(items, filters);
  const allPrograms = useMemo(() => rows?.map((row) => row.program) ?? null, [rows]);
  const totals = useMemo(
    () => (allPrograms && asOf ? computeOverviewTotals(allPrograms, shown, asOf) : null),
    [allPrograms, shown, asOf],
  );
  const filtersText = useMemo(
    () =>
      filtersInWords(
        filters,
        { institutions: institutions.data ?? [], strategies: strategies.data?.strategies ?? [] },
        lang,
        isolate,
      ),
    [filters, institutions.data, strategies.data, lang],
  );
  return {
    /** The queries the page depends on (for its loading and error states). */
    queries: { programs, institutions, strategies, meta },
    asOf,
    rows,
    items,
    shown,
    totals,
    shownIds,
    /** The filters all of the above is drawn from (a step behind the store's while a change renders). */
    filters,
    filtersText,
  };
}
