import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/api-error';

/** Network and 5xx failures are retried briefly; schema, malformed and 4xx errors never. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && !error.retryable) return false;
  return failureCount < 2;
}

export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 3_000);
}

export function createQueryClient(overrides?: { retryDelay?: number }): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: overrides?.retryDelay ?? retryDelay,
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
