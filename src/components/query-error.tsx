import { useTranslation } from '../i18n/i18n';
import { isApiError } from '../lib/api/api-error';

export type ErrorSubject = 'programs' | 'meta' | 'institutions' | 'strategies' | 'indicator' | 'panel' | 'page';

interface Props {
  subject: ErrorSubject;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/** Says what failed and why, in the reader's language, with a Retry. */
export function QueryError({ subject, error, onRetry, retrying = false }: Props) {
  const { t } = useTranslation('errors');
  let why: string;
  if (isApiError(error)) {
    why = t(`why.${error.kind}`, {
      status: error.status ?? '',
      field: error.field ?? '',
    });
  } else {
    why = t('why.render');
  }
  return (
    <div role="alert" className="query-error">
      <p className="query-error__what">{t(`what.${subject}`)}</p>
      <p className="query-error__why">{why}</p>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('retrying') : t('retry')}
      </button>
    </div>
  );
}
