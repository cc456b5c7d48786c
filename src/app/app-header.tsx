import { useTranslation } from '../i18n/i18n';
import { QueryError } from '../components/query-error';
import { formatDate } from '../i18n/format';
import { useMeta } from '../lib/api/reference-data';
import { dataSource } from '../lib/config';
import { selectLang, useUiStore } from '../lib/ui-store';
import { langs, type Lang } from '../lib/view-state';

function isLang(value: string): value is Lang {
  return langs.some((lang) => lang === value);
}

export function AppHeader() {
  const { t } = useTranslation(['app', 'common']);
  const lang = useUiStore(selectLang);
  const setLang = useUiStore((state) => state.setLang);
  const meta = useMeta();

  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1>{t('common:appTitle')}</h1>
        <DataSourceLine version={meta.data?.datasetVersion} asOf={meta.data?.asOf} lang={lang} />
      </div>
      <label className="app-header__lang">
        {t('common:language')}
        <select value={lang} onChange={(event) => isLang(event.target.value) && setLang(event.target.value)}>
          <option value="ko" lang="ko">
            한국어
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </label>
      {meta.data?.containsIllustrative ? (
        <p className="notice notice--illustrative" role="note">
          <strong className="badge badge--illustrative">{t('common:illustrative')}</strong>{' '}
          {t('app:illustrativeNotice')}
        </p>
      ) : null}
      {meta.isError ? (
        <QueryError subject="meta" error={meta.error} retrying={meta.isFetching} onRetry={() => void meta.refetch()} />
      ) : null}
    </header>
  );
}

function DataSourceLine({
  version,
  asOf,
  lang,
}: {
  version: string | undefined;
  asOf: string | undefined;
  lang: Lang;
}) {
  const { t } = useTranslation('app');
  const host = dataSource.baseUrl ? new URL(dataSource.baseUrl, 'http://localhost').host : '';
  return (
    <p className="app-header__source">
      <span className="visually-hidden">{t('dataSourceLabel')}: </span>
      <span data-source={dataSource.kind}>{t(`dataSource.${dataSource.kind}`, { version: version ?? '…', host })}</span>
      {asOf ? <> · {t('asOf', { date: formatDate(asOf, lang) })}</> : null}
    </p>
  );
}
