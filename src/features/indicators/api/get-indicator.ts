import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchResource } from '../../../lib/api/client';
import { indicatorSchema } from '../../../lib/schemas';

export const indicatorKeys = {
  one: (id: string) => ['indicators', id] as const,
};

export const indicatorQueryOptions = (id: string) =>
  queryOptions({
    queryKey: indicatorKeys.one(id),
    queryFn: ({ signal }) => fetchResource(`indicators/${id}`, indicatorSchema, signal),
  });

export const useIndicator = (id: string) => useQuery(indicatorQueryOptions(id));
