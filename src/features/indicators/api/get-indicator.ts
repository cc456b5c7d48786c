import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchApi } from '../../../lib/api/client';
import { useDatasetId } from '../../../lib/ui-provided';
import type { DatasetId } from '../../../lib/view-state';

export const indicatorKeys = {
  one: (dataset: DatasetId, id: string) => [dataset, 'indicators', id] as const,
};

export const indicatorQueryOptions = (dataset: DatasetId, id: string) =>
  queryOptions({
    queryKey: indicatorKeys.one(dataset, id),
    queryFn: ({ signal }) => fetchApi('indicator', { id, signal, dataset }),
  });

export const useIndicator = (id: string) => useQuery(indicatorQueryOptions(useDatasetId(), id));
