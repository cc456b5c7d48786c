import { lazy, Suspense, useId, useMemo, useState, type ReactNode } from 'react';
import { formatDate } from '../i18n/format';
import { useTranslation } from '../i18n/i18n';
import type { ChartSpec, PanelData } from '../lib/panel-data';
import type { Lang } from '../lib/view-state';
import { ErrorBoundary } from './error-boundary';
import { LoadingNotice } from './loading-notice';
import { WhenVisible } from './when-visible';
import { QueryError, RetryStatus, type ErrorSubject } from './query-error';
import { Bidi } from './bidi';
import { chartAxis } from './charts/value-axis';

// Recharts is not in the initial bundle: it arrives as the page boots (main.tsx calls
// preloadPanelChart), while the prerendered text is already readable.
const loadPanelChart = () => import('./charts/panel-chart');
const PanelChart = lazy(loadPanelChart);

/** Starts fetching the chart code without waiting for a chart to render. */
export function preloadPanelChart(): void {
  void loadPanelChart();
}

interface Props {
  /** Title shown while the data is not there yet. */
  title: string;
  data: PanelData | null;
  lang: Lang;
  isLoading: boolean;
  error: unknown;
  /** Why the last try failed while the request is being tried again (said beside "Loading…"). */
  failureReason?: unknown;
  subject: ErrorSubject;
  onRetry: () => void;
  retrying?: boolean;
  /** Shown when data loaded earlier is on screen but the latest refresh failed. */
  stale?: boolean;
  emptyMessage: string;
  /**
   * The panel's export menu (or other actions); given as a function, it gets the panel as the
   * reader set it (its value axis), so an export shows what the screen shows.
   */
  actions?: ReactNode | ((shown: PanelData) => ReactNode);
  /** Figures left out because they cannot be right (shown above the chart, never drawn). */
  problems?: readonly string[];
}

/**
 * A chart panel: title, what is selected, the chart or its table view, as-of date, sources
 * and data markers. Its own error boundary keeps a broken chart from blanking the page.
 */
export function PanelFrame({
  title,
  data,
  lang,
  isLoading,
  error,
  failureReason,
  subject,
  onRetry,
  retrying,
  stale,
  emptyMessage,
  actions,
  problems = [],
}: Props) {
  const { t } = useTranslation('panels');
  const headingId = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  // A line's value axis: from zero, or near the data to show the movement (the spec's choice
  // until the reader picks). Bars always start at zero and get no choice.
  const [fromZeroChoice, setFromZero] = useState<boolean | null>(null);
  // Offered only where the two differ: a line whose data reaches down near zero has one axis.
  const line = useMemo(() => {
    if (data?.chart.type !== 'line') return false;
    const movement = chartAxis({ ...data.chart, y: { ...data.chart.y, fromZero: false } });
    return movement.min > 0 || movement.max < 0;
  }, [data]);
  const fromZero = fromZeroChoice ?? data?.chart.y.fromZero ?? true;
  const shown = useMemo(
    () =>
      data && data.chart.y.fromZero !== fromZero
        ? { ...data, chart: { ...data.chart, y: { ...data.chart.y, fromZero } } }
        : data,
    [data, fromZero],
  );
  const shownTitle = data?.title ?? title;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <header className="panel__header">
        <div>
          <h3 id={headingId}>
            <Bidi>{shownTitle}</Bidi>
          </h3>
          {data ? (
            <p className="panel__subtitle">
              <Bidi>{data.subtitle}</Bidi>
            </p>
          ) : null}
        </div>
        {data && !data.empty ? (
          <div className="panel__actions">
            <div role="group" aria-label={t('viewAs')} className="segmented">
              <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
                {t('chart')}
              </button>
              <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
                {t('table')}
              </button>
            </div>
            {line && view === 'chart' ? (
              <div role="group" aria-label={t('axisFrom')} className="segmented">
                <button type="button" aria-pressed={fromZero} onClick={() => setFromZero(true)}>
                  {t('fromZero')}
                </button>
                <button type="button" aria-pressed={!fromZero} onClick={() => setFromZero(false)}>
                  {t('showMovement')}
                </button>
              </div>
            ) : null}
            {typeof actions === 'function' ? (shown ? actions(shown) : null) : actions}
          </div>
        ) : null}
      </header>
      {problems.length > 0 ? (
        <p className="data-problem" role="note">
          <strong className="badge badge--problem">{t('problemLabel')}</strong> {problems.join(' ')}
        </p>
      ) : null}
      {stale ? (
        <p className="notice notice--warning" role="status">
          {t('stale')}
        </p>
      ) : null}
      <ErrorBoundary
        resetKeys={[data, view]}
        fallback={(renderError, reset) => <QueryError subject="panel" error={renderError} onRetry={reset} />}
      >
        <PanelBody
          data={data}
          chart={shown?.chart}
          lang={lang}
          view={view}
          isLoading={isLoading}
          error={error}
          failureReason={failureReason}
          subject={subject}
          onRetry={onRetry}
          retrying={retrying}
          emptyMessage={emptyMessage}
        />
      </ErrorBoundary>
      {data ? <PanelFooter data={data} lang={lang} /> : null}
    </section>
  );
}

function PanelBody({
  data,
  chart,
  lang,
  view,
  isLoading,
  error,
  failureReason,
  subject,
  onRetry,
  retrying,
  emptyMessage,
}: Pick<
  Props,
  'data' | 'lang' | 'isLoading' | 'error' | 'failureReason' | 'subject' | 'onRetry' | 'retrying' | 'emptyMessage'
> & {
  view: 'chart' | 'table';
  /** The chart as the reader set it (its value axis). */
  chart: ChartSpec | undefined;
}) {
  const { t } = useTranslation('panels');
  if (!data) {
    if (error) return <QueryError subject={subject} error={error} onRetry={onRetry} retrying={retrying} />;
    if (!isLoading) return <p className="panel__empty">{emptyMessage}</p>;
    return (
      <>
        <LoadingNotice label={t('loading')} />
        {failureReason ? <RetryStatus subject={subject} failureReason={failureReason} /> : null}
      </>
    );
  }
  if (data.empty) return <p className="panel__empty">{emptyMessage}</p>;
  // The chart stays mounted (hidden) under the table view, so an image export always has it.
  return (
    <>
      <div className="panel__chart" hidden={view === 'table'}>
        <WhenVisible className="panel__chart-box" fallback={<p className="skeleton">{t('loadingChart')}</p>}>
          <Suspense
            fallback={
              <p className="skeleton" role="status">
                {t('loadingChart')}
              </p>
            }
          >
            <PanelChart spec={chart ?? data.chart} lang={lang} title={data.title} />
          </Suspense>
        </WhenVisible>
        <ProvenanceLegend data={data} />
      </div>
      {view === 'table' ? <LazyTable data={data} lang={lang} /> : null}
    </>
  );
}

const DataTableLazy = lazy(() => import('./data-table').then((module) => ({ default: module.DataTable })));

function LazyTable({ data, lang }: { data: PanelData; lang: Lang }) {
  const { t } = useTranslation('panels');
  return (
    <Suspense fallback={<p role="status">{t('loading')}</p>}>
      <DataTableLazy data={data} lang={lang} />
    </Suspense>
  );
}

function ProvenanceLegend({ data }: { data: PanelData }) {
  const { t } = useTranslation('panels');
  return (
    <ul className="panel__legend" aria-label={t('markersLegend')}>
      <li>
        <span className="marker marker--filled" aria-hidden="true" /> {t('markerReported')}
      </li>
      {data.containsDerived ? (
        <li>
          <span className="marker marker--hollow" aria-hidden="true" /> {t('markerDerived')}
        </li>
      ) : null}
      {data.containsIllustrative ? (
        <li>
          <span className="marker marker--dotted" aria-hidden="true" /> {t('markerIllustrative')}
        </li>
      ) : null}
    </ul>
  );
}

function PanelFooter({ data, lang }: { data: PanelData; lang: Lang }) {
  const { t } = useTranslation(['panels', 'common']);
  const publishers = [...new Set(data.sources.map((source) => source.publisher[lang]))];
  return (
    <footer className="panel__footer">
      <span>{t('panels:asOf', { date: formatDate(data.asOf, lang) })}</span>
      <span>
        {t('panels:source')}: {publishers.length > 0 ? <Bidi>{publishers.join(', ')}</Bidi> : t('common:noSource')}
      </span>
      {data.containsIllustrative ? (
        <strong className="badge badge--illustrative">{t('common:illustrativeData')}</strong>
      ) : null}
      {data.containsDerived ? <span className="badge badge--derived">{t('panels:includesDerived')}</span> : null}
    </footer>
  );
}
