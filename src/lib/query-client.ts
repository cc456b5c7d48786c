import { QueryClient } from '@tanstack/react-query';
import { isApiError, MAX_RETRY_AFTER_MS } from './api/api-error';

/**
 * Network, 5xx and 429 failures are retried twice; schema, malformed and other 4xx errors
 * never. A Retry-After longer than the app waits by itself is not retried: it is said.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error)) {
    if (!error.retryable) return false;
    if (error.retryAfterMs !== undefined && error.retryAfterMs > MAX_RETRY_AFTER_MS) return false;
  }
  return failureCount < 2;
}

/** Backoff between retries when the server did not say how long to wait. */
export function backoffDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 3_000);
}

/** The server's Retry-After when it sent one (429/503), the backoff otherwise. */
export function retryDelayFor(attempt: number, error: unknown, backoff: (attempt: number) => number): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) return error.retryAfterMs;
  return backoff(attempt);
}

export function createQueryClient(overrides?: { retryDelay?: number }): QueryClient {
  const backoff = overrides?.retryDelay !== undefined ? () => overrides.retryDelay ?? 0 : backoffDelay;
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (attempt, error) => retryDelayFor(attempt, error, backoff),
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
