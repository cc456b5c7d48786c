// The desk's reads kept in TanStack Query: the audit trail of one pledge or indicator
// (GET /api/v1/desk/events?subject=…, oldest first) and the figures waiting for review.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { deskApi } from './desk-api';

export const deskKeys = {
  all: ['desk'] as const,
  events: (subject: string) => ['desk', 'events', subject] as const,
  pending: ['desk', 'figures', 'pending'] as const,
};

export const eventsQueryOptions = (subject: string) =>
  queryOptions({
    queryKey: deskKeys.events(subject),
    queryFn: () => deskApi.events(subject),
    // The log grows with every change: read it afresh; a failure is shown with Retry.
    staleTime: 0,
    retry: false,
  });

export const useDeskEvents = (subject: string) => useQuery({ ...eventsQueryOptions(subject), enabled: subject !== '' });

/** The review list: every figure waiting for a decision. */
export const usePendingFigures = () =>
  useQuery({ queryKey: deskKeys.pending, queryFn: () => deskApi.pending(), staleTime: 0, retry: false });
