// The overview's selection, in one place: the rows built from the data, what the filters leave
// now (`shown`: counts, tallies, scorecard), what is drawn (`drawn`: table and charts, a step
// behind on a large dataset while a change renders), the totals, and the filters in words.
// The page lays these out; it does not compute them.
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

/** Pledges above which the table and charts are drawn after the filter controls (measured: docs/performance.md). */
const DEFER_DRAWING_ABOVE = 1_000;

export function useOverviewSelection() {
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
  // On a large dataset the filter controls, counts and tallies follow a change at once and the
  // table and charts render it just after, in the background (React drops that work when
  // another change comes first), so ticking a box or typing never waits for them; they say so
  // while they do. A small dataset renders everything in one go, which finishes sooner.
  const drawnFilters = items.length > DEFER_DRAWING_ABOVE ? deferredFilters : filters;
  const updating = drawnFilters !== filters;
  const shown = useMemo(() => applyFilters(items, filters), [items, filters]);
  const allPrograms = useMemo(() => rows?.map((row) => row.program) ?? null, [rows]);
  const totals = useMemo(
    () => (allPrograms && asOf ? computeOverviewTotals(allPrograms, shown, asOf) : null),
    [allPrograms, shown, asOf],
  );
  const drawn = useMemo(
    () => (drawnFilters === filters ? shown : applyFilters(items, drawnFilters)),
    [items, shown, filters, drawnFilters],
  );
  const shownIds = useMemo(() => new Set(drawn.map((row) => row.program.id)), [drawn]);
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
    updating,
    filtersText,
  };
}
