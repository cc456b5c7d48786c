// Resources several features share: the dataset's metadata, institutions and strategies.
// Every query key starts with the dataset shown (reported or demo), so the two never mix.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDatasetId } from '../ui-provided';
import type { DatasetId } from '../view-state';
import { fetchApi } from './client';

export const referenceKeys = {
  meta: (dataset: DatasetId) => [dataset, 'meta'] as const,
  institutions: (dataset: DatasetId) => [dataset, 'institutions'] as const,
  strategies: (dataset: DatasetId) => [dataset, 'strategies'] as const,
};

export const metaQueryOptions = (dataset: DatasetId) =>
  queryOptions({
    queryKey: referenceKeys.meta(dataset),
    queryFn: ({ signal }) => fetchApi('meta', { signal, dataset }),
  });

export const institutionsQueryOptions = (dataset: DatasetId) =>
  queryOptions({
    queryKey: referenceKeys.institutions(dataset),
    queryFn: ({ signal }) => fetchApi('institutions', { signal, dataset }),
    select: (data) => data.institutions,
  });

export const strategiesQueryOptions = (dataset: DatasetId) =>
  queryOptions({
    queryKey: referenceKeys.strategies(dataset),
    queryFn: ({ signal }) => fetchApi('strategies', { signal, dataset }),
  });

export const useMeta = () => useQuery(metaQueryOptions(useDatasetId()));
export const useInstitutions = () => useQuery(institutionsQueryOptions(useDatasetId()));
export const useStrategies = () => useQuery(strategiesQueryOptions(useDatasetId()));
