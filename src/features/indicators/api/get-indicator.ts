import { queryOptions, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { fetchApi } from '../../../lib/api/client';
import { useDatasetId } from '../../../lib/api/reference-data';
import type { DatasetId } from '../../../lib/view-state';
import type { Indicator } from '../../../lib/schemas';

export const indicatorKeys = {
  one: (dataset: DatasetId, id: string) => [dataset, 'indicators', id] as const,
};

export const indicatorQueryOptions = (dataset: DatasetId, id: string) =>
  queryOptions({
    queryKey: indicatorKeys.one(dataset, id),
    queryFn: ({ signal }) => fetchApi('indicator', { id, signal, dataset }),
  });

export const useIndicator = (id: string) => useQuery(indicatorQueryOptions(useDatasetId(), id));

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
