import { useId, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { QueryError } from './query-error';

interface Props {
  /** The panel's title, kept on screen when it fails. */
  title: string;
  /** The panel's inputs: when they change, a failed panel tries again. */
  resetKeys: readonly unknown[];
  children: ReactNode;
}

/**
 * Around a whole panel — its transform as well as its chart: a panel that throws says so in
 * the reader's language, with Retry, and the rest of the page keeps working.
 */
export function PanelBoundary({ title, resetKeys, children }: Props) {
  return (
    <ErrorBoundary
      resetKeys={resetKeys}
      fallback={(error, reset) => <FailedPanel title={title} error={error} onRetry={reset} />}
    >
      {children}
    </ErrorBoundary>
  );
}

function FailedPanel({ title, error, onRetry }: { title: string; error: Error; onRetry: () => void }) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <header className="panel__header">
        <h3 id={headingId}>{title}</h3>
      </header>
      <QueryError subject="panel" error={error} onRetry={onRetry} />
    </section>
  );
}
