// Resources several features share: the dataset's metadata, institutions and strategies.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { institutionSchema, metaSchema, strategiesResponseSchema } from '../schemas';
import { fetchResource } from './client';

const institutionsResponseSchema = z.object({
  institutions: z.array(institutionSchema),
});

export const referenceKeys = {
  meta: ['meta'] as const,
  institutions: ['institutions'] as const,
  strategies: ['strategies'] as const,
};

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: referenceKeys.meta,
    queryFn: ({ signal }) => fetchResource('meta', metaSchema, signal),
  });

export const institutionsQueryOptions = () =>
  queryOptions({
    queryKey: referenceKeys.institutions,
    queryFn: ({ signal }) => fetchResource('institutions', institutionsResponseSchema, signal),
    select: (data) => data.institutions,
  });

export const strategiesQueryOptions = () =>
  queryOptions({
    queryKey: referenceKeys.strategies,
    queryFn: ({ signal }) => fetchResource('strategies', strategiesResponseSchema, signal),
  });

export const useMeta = () => useQuery(metaQueryOptions());
export const useInstitutions = () => useQuery(institutionsQueryOptions());
export const useStrategies = () => useQuery(strategiesQueryOptions());
