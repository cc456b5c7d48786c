import { useEffect, useState } from 'react';
import { isMessageKey, useTranslation, type Translator } from '../i18n/i18n';
import { isApiError, type ApiError } from '../lib/api/api-error';

export type ErrorSubject =
  'programs' | 'meta' | 'institutions' | 'strategies' | 'indicator' | 'vintages' | 'panel' | 'page';
/** A view that cannot be shown without the failed data (it says so, naming the data). */
export type DependentView = 'overview' | 'detail' | 'digest' | 'pack' | 'desk';

interface Props {
  subject: ErrorSubject;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean | undefined;
  neededBy?: DependentView | undefined;
}

/** Why a request failed, in the reader's language: network, server, not found, rate-limited, malformed, contract. */
export function describeFailure(error: unknown, t: Translator): string {
  if (!isApiError(error)) return t('errors:why.render');
  const reason = error.reason;
  const key = reason === 'malformed' ? `errors:why.malformed.${error.detail ?? 'invalid'}` : `errors:why.${reason}`;
  return t(isMessageKey(key) ? key : 'errors:why.render', { status: error.status ?? '', field: error.field ?? '' });
}

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/** Says what failed and why, in the reader's language, with a Retry. */
export function QueryError({ subject, error, onRetry, retrying = false, neededBy }: Props) {
  const { t } = useTranslation('errors');
  const retryAfterMs = isApiError(error) ? error.retryAfterMs : undefined;
  return (
    <div role="alert" className="query-error">
      <p className="query-error__what">
        {t(`what.${subject}`)}
        {neededBy ? ` ${t(`neededBy.${neededBy}`)}` : ''}
      </p>
      <p className="query-error__why">
        {describeFailure(error, t)}
        {retryAfterMs !== undefined ? ` ${t('waitAsked', { seconds: seconds(retryAfterMs) })}` : ''}
      </p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('retrying') : t('retry')}
      </button>
    </div>
  );
}

/**
 * While a failed request is being tried again: why it failed and when the next try is —
 * "rate-limited (429). Retrying in 3 s." when the server sent Retry-After.
 */
export function RetryStatus({ subject, failureReason }: { subject: ErrorSubject; failureReason: unknown }) {
  const { t } = useTranslation('errors');
  if (!failureReason) return null;
  return (
    <p className="notice notice--warning retry-status" role="status">
      {t(`what.${subject}`)} {describeFailure(failureReason, t)}{' '}
      {isApiError(failureReason) && failureReason.retryAfterMs !== undefined ? (
        <RetryCountdown key={failureReason.at} error={failureReason} />
      ) : (
        t('retryingNow')
      )}
    </p>
  );
}

function RetryCountdown({ error }: { error: ApiError }) {
  const { t } = useTranslation('errors');
  const due = error.at + (error.retryAfterMs ?? 0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [due]);
  const left = due - now;
  return <>{left > 0 ? t('retryIn', { seconds: seconds(left) }) : t('retryingNow')}</>;
}
