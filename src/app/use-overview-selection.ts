// The overview's selection, in one place: the rows built from the data, what the filters leave
// now (`shown`, `scorecardIds`: counts, tallies, scorecard), what is drawn (`shownIds`: table and
// charts, a step behind while a change renders), the totals, and the filters in words. The page
// lays these out; it does not compute them.
import { useDeferredValue, useMemo } from 'react';
import { applyFilters } from '../features/filters/model/apply-filters';
import { usePrograms } from '../features/programs/api/get-programs';
import { buildProgramRows } from '../features/programs/model/overview-rows';
import { computeOverviewTotals } from '../features/programs/model/overview-totals';
import { isolate } from '../lib/bidi';
import { todayIso } from '../lib/clock';
import { useInstitutions, useMeta, useStrategies } from '../lib/api/reference-data';
import { selectFilters, selectLang, useUiStore } from '../lib/ui-store';
import { filtersInWords } from './filters-in-words';

/**
 * `settled`: the overview's later parts are on the page (taken over, or drawn); until then the
 * table and charts render a change in the same pass as the scorecard (overview-page.tsx).
 */
export function useOverviewSelection(settled: boolean) {
  const lang = useUiStore(selectLang);
  const filters = useUiStore(selectFilters);
  const deferredFilters = useDeferredValue(filters);
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
  // The filter controls, counts, tallies and the scorecard — the morning answer — follow a change
  // at once; the charts, the digest and the table render it just after, in the background (React
  // drops that work when another change comes first), so the answer is painted without waiting
  // for them. They say so while they do (aria-busy).
  const drawnFilters = settled ? deferredFilters : filters;
  const updating = drawnFilters !== filters;
  const shown = useMemo(() => applyFilters(items, filters), [items, filters]);
  const allPrograms = useMemo(() => rows?.map((row) => row.program) ?? null, [rows]);
  const totals = useMemo(
    () => (allPrograms && asOf ? computeOverviewTotals(allPrograms, shown, asOf) : null),
    [allPrograms, shown, asOf],
  );
  // From the deferred filters alone: a change leaves it (and everything drawn from it) as it was
  // until the deferred render.
  const drawn = useMemo(() => applyFilters(items, drawnFilters), [items, drawnFilters]);
  const shownIds = useMemo(() => new Set(drawn.map((row) => row.program.id)), [drawn]);
  const scorecardIds = useMemo(() => new Set(shown.map((row) => row.program.id)), [shown]);
  const filtersText = useMemo(
    () =>
      filtersInWords(
        drawnFilters,
        { institutions: institutions.data ?? [], strategies: strategies.data?.strategies ?? [] },
        lang,
        isolate,
      ),
    [drawnFilters, institutions.data, strategies.data, lang],
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
    scorecardIds,
    updating,
    filtersText,
  };
}
