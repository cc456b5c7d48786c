import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchApi } from '../../../lib/api/client';
import { useDatasetId } from '../../../lib/ui-provided';
import type { DatasetId } from '../../../lib/view-state';

export const programKeys = {
  all: (dataset: DatasetId) => [dataset, 'programs'] as const,
};

export const programsQueryOptions = (dataset: DatasetId) =>
  queryOptions({
    queryKey: programKeys.all(dataset),
    queryFn: ({ signal }) => fetchApi('programs', { signal, dataset }),
    select: (data) => data.programs,
  });

export const usePrograms = () => useQuery(programsQueryOptions(useDatasetId()));
