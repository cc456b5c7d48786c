// Every indicator at once (the data desk's subject picker): one request for the list resource.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchApi } from '../../../lib/api/client';
import { useDatasetId } from '../../../lib/ui-provided';
import type { DatasetId } from '../../../lib/view-state';

export const indicatorListQueryOptions = (dataset: DatasetId) =>
  queryOptions({
    queryKey: [dataset, 'indicators', 'all'] as const,
    queryFn: ({ signal }) => fetchApi('indicators', { signal, dataset }),
    select: (data) => data.indicators,
  });

export const useIndicatorList = () => useQuery(indicatorListQueryOptions(useDatasetId()));
