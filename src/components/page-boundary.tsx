import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { QueryError } from './query-error';

interface Props {
  /** The view shown (page, language): changing it clears a failed page. */
  resetKeys: readonly unknown[];
  children: ReactNode;
}

/**
 * Around the page's content: if it throws, the header, language switch and footer stay and
 * the reader gets a message with Retry. New data arriving clears it too.
 */
export function PageBoundary({ resetKeys, children }: Props) {
  return (
    <ErrorBoundary resetKeys={resetKeys} fallback={(error, reset) => <FailedPage error={error} onReset={reset} />}>
      {children}
    </ErrorBoundary>
  );
}

function FailedPage({ error, onReset }: { error: Error; onReset: () => void }) {
  const queryClient = useQueryClient();
  // Only while the page has failed: any query answering with new data gives it another try.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') onReset();
      }),
    [queryClient, onReset],
  );
  return <QueryError subject="page" error={error} onRetry={onReset} />;
}
