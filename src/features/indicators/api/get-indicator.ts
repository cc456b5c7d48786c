import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchResource } from '../../../lib/api/client';
import { useDatasetId } from '../../../lib/api/reference-data';
import type { DatasetId } from '../../../lib/view-state';

export const indicatorKeys = {
  one: (dataset: DatasetId, id: string) => [dataset, 'indicators', id] as const,
};

export const indicatorQueryOptions = (dataset: DatasetId, id: string) =>
  queryOptions({
    queryKey: indicatorKeys.one(dataset, id),
    queryFn: ({ signal }) => fetchResource(`indicators/${id}`, (schemas) => schemas.indicator, signal, dataset),
  });

export const useIndicator = (id: string) => useQuery(indicatorQueryOptions(useDatasetId(), id));
