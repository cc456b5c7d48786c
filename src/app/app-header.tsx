import { useTranslation } from '../i18n/i18n';
import { QueryError } from '../components/query-error';
import { formatDate } from '../i18n/format';
import { useMeta } from '../lib/api/reference-data';
import { useVintages } from '../features/programs/api/get-vintages';
import { useHydrated } from '../lib/use-hydrated';
import { dataSource } from '../lib/config';
import { useUiStore } from '../lib/ui-store';
import { datasetIds, langs, type DatasetId, type Lang } from '../lib/view-state';
import { useLang, useDatasetId } from '../lib/ui-provided';

function isLang(value: string): value is Lang {
  return langs.some((lang) => lang === value);
}

function isDatasetId(value: string): value is DatasetId {
  return datasetIds.some((id) => id === value);
}

export function AppHeader() {
  const { t } = useTranslation(['app', 'common']);
  const lang = useLang();
  const setLang = useUiStore((state) => state.setLang);
  const dataset = useDatasetId();
  const setDataset = useUiStore((state) => state.setDataset);
  const meta = useMeta();
  // Asked for once the header is taken over: a request started while React takes the prerendered
  // page over would change what the overview rendered from, and make React take all of it over
  // at once, in one long task (docs/performance.md). The prerendered header has the line empty.
  const vintages = useVintages(useHydrated());
  // "Recorded up to": the cut of the vintage shown (the embedded data is the latest one).
  const recordedUpTo =
    dataset === 'reported' ? vintages.data?.find((vintage) => vintage.latest)?.recordedUpTo : undefined;

  return (
    <header className="app-header">
      <div className="app-header__title">
        <h1>{t('common:appTitle')}</h1>
        <DataSourceLine
          version={meta.data?.datasetVersion}
          asOf={meta.data?.asOf}
          recordedUpTo={recordedUpTo}
          lang={lang}
        />
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
      <label className="app-header__dataset">
        {t('app:datasetLabel')}
        <select value={dataset} onChange={(event) => isDatasetId(event.target.value) && setDataset(event.target.value)}>
          {datasetIds.map((id) => (
            <option key={id} value={id}>
              {t(`app:datasetChoice.${id}`)}
            </option>
          ))}
        </select>
      </label>
      {dataset === 'demo' ? (
        <p className="notice notice--demo" role="note">
          <strong className="badge badge--demo">DEMO</strong> {t('app:demoBanner')}{' '}
          <button type="button" className="link-button" onClick={() => setDataset('reported')}>
            {t('app:demoBack')}
          </button>
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
  recordedUpTo,
  lang,
}: {
  version: string | undefined;
  asOf: string | undefined;
  recordedUpTo: string | undefined;
  lang: Lang;
}) {
  const { t } = useTranslation(['app', 'digest']);
  const host = dataSource.baseUrl ? new URL(dataSource.baseUrl, 'http://localhost').host : '';
  return (
    <p className="app-header__source">
      <span className="visually-hidden">{t('app:dataSourceLabel')}: </span>
      <span data-source={dataSource.kind}>
        {t(`app:dataSource.${dataSource.kind}`, { version: version ?? '…', host })}
      </span>
      {asOf ? <> · {t('app:asOf', { date: formatDate(asOf, lang) })}</> : null}
      {/* There from the first paint, empty until the vintages arrive (styles.css). */}
      <span className="app-header__recorded">
        {recordedUpTo ? (
          <>
            <span className="app-header__separator"> · </span>
            {t('digest:recordedUpTo', { date: formatDate(recordedUpTo, lang) })}
          </>
        ) : null}
      </span>
    </p>
  );
}
