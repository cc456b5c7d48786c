import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchResource } from '../../../lib/api/client';
import { programsResponseSchema } from '../../../lib/schemas';

export const programKeys = {
  all: ['programs'] as const,
};

export const programsQueryOptions = () =>
  queryOptions({
    queryKey: programKeys.all,
    queryFn: ({ signal }) => fetchResource('programs', programsResponseSchema, signal),
    select: (data) => data.programs,
  });

export const usePrograms = () => useQuery(programsQueryOptions());
