import type { UseQueryResult } from '@tanstack/react-query';
import { LoadingNotice } from './loading-notice';
import { QueryError, RetryStatus, type DependentView, type ErrorSubject } from './query-error';

export interface Dependency {
  subject: ErrorSubject;
  query: Pick<UseQueryResult<unknown>, 'data' | 'isError' | 'error' | 'isFetching' | 'failureReason' | 'refetch'>;
}

/**
 * What a view shows while the data it needs is not all there: for each failed resource, which
 * data failed and why, that this view needs it, and Retry; otherwise "Loading…" and, for a
 * request being tried again, why and when. Never a "Loading…" that waits on a failure.
 */
export function DependencyStatus({
  dependencies,
  neededBy,
  loadingLabel,
}: {
  dependencies: readonly Dependency[];
  neededBy: DependentView;
  loadingLabel: string;
}) {
  const missing = dependencies.filter((dependency) => dependency.query.data === undefined);
  const failed = missing.filter((dependency) => dependency.query.isError);
  if (failed.length > 0)
    return (
      <>
        {failed.map(({ subject, query }) => (
          <QueryError
            key={subject}
            subject={subject}
            error={query.error}
            neededBy={neededBy}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
          />
        ))}
      </>
    );
  return (
    <div className="overview-loading">
      <LoadingNotice label={loadingLabel} />
      {missing.map(({ subject, query }) =>
        query.failureReason ? (
          <RetryStatus key={subject} subject={subject} failureReason={query.failureReason} />
        ) : null,
      )}
    </div>
  );
}
