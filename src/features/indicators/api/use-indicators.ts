// Several indicators at once, for the pack page (a lazy chunk): kept apart from get-indicator.ts,
// which the page's first chunk reads, so `useQueries` does not load with it.
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useDatasetId } from '../../../lib/ui-provided';
import type { Indicator } from '../../../lib/schemas';
import { indicatorQueryOptions } from './get-indicator';

// Stable, so TanStack Query keeps the combined result while the queries do not change.
const combineIndicators = (results: UseQueryResult<Indicator>[]) => {
  const byId = new Map<string, Indicator>();
  for (const result of results) if (result.data) byId.set(result.data.id, result.data);
  return { byId, settled: results.every((result) => !result.isPending) };
};

/** Several indicators at once (the pack's registered context panels): loaded ones by id, and
 *  whether every query has settled (loaded or failed). */
export const useIndicators = (ids: readonly string[]) => {
  const dataset = useDatasetId();
  return useQueries({
    queries: ids.map((id) => indicatorQueryOptions(dataset, id)),
    combine: combineIndicators,
  });
};
