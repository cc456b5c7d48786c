import { Suspense, useCallback, useEffect } from 'react';
import { isMessageKey, useTranslation } from '../i18n/i18n';
import { DependencyStatus } from '../components/dependency-status';
import { FilterBar } from '../features/filters/components/filter-bar';
import { UrlNotice } from '../features/filters/components/url-notice';
import { CopyLinkButton } from '../features/filters/components/copy-link-button';
import type { DroppedValue } from '../features/filters/model/url-state';
import { useComparison } from '../features/programs/api/get-vintages';
import { StatusTallies } from '../features/programs/components/status-tallies';
import { Scorecard } from '../features/programs/components/scorecard';
import { serializeView } from '../features/filters/model/url-state';
import { GroupByToggle } from './group-by-toggle';
import { contextPanels, pledgePanels } from './panel-registry';
import { PanelBoundary } from '../components/panel-boundary';
import { LoadingNotice } from '../components/loading-notice';
import { preloadable } from '../components/preloadable';
import { MethodLink } from '../components/method-link';
import { useRenderExport, useRenderPin } from './use-render-export';
import { selectCompare, selectGroupBy } from '../lib/ui-store';
import { createInitialView, selectDataset, selectLang, useUiStore } from '../lib/ui-store';
import { useOverviewSelection } from './use-overview-selection';
import type * as OverviewPlaceModule from './overview-place';
import './overview.css';

// The change digest sits below the first screen and needs the vintages first: its code loads
// with them, not with the page.
const DigestSection = preloadable(
  () => import('../features/programs/components/digest-section'),
  (module) => module.DigestSection,
);

// The pledge charts (app/panel-registry.ts) sit below the scorecard, which answers the morning
// question: their transforms load just after the page (their chart code already did).

// The complete table sits below the scorecard, the charts and the digest: its code loads just
// after the page.
const ProgramTable = preloadable(
  () => import('../features/programs/components/program-table'),
  (module) => module.ProgramTable,
);

// The context charts sit below the first screen and filters do not apply to them: their code
// (panels, transforms, data rules) loads after the page, while their data arrives.
const IndicatorPanel = preloadable(
  () => import('../features/indicators/components/indicator-panel'),
  (module) => module.IndicatorPanel,
);

/**
 * Loads the overview's later parts. The build awaits it before prerendering, and a page taking
 * over prerendered markup awaits it (beside the seed) before hydrating: both draw them whole.
 */
export function preloadOverviewParts(): Promise<void> {
  return Promise.all([
    DigestSection.preload(),
    ProgramTable.preload(),
    ...pledgePanels.map((panel) => panel.Component.preload()),
    IndicatorPanel.preload(),
  ]).then(() => undefined);
}

type OverviewPlace = typeof OverviewPlaceModule;

/** Runs `start` once app/overview-place.ts has loaded; the returned cleanup stops it (or its start). */
function whenLoaded(start: (place: OverviewPlace) => () => void): () => void {
  let stop: (() => void) | null = null;
  let cancelled = false;
  void import('./overview-place').then((place) => {
    if (!cancelled) stop = start(place);
  });
  return () => {
    cancelled = true;
    stop?.();
  };
}

export function OverviewPage({ urlDropped }: { urlDropped: readonly DroppedValue[] }) {
  const { t } = useTranslation(['overview', 'status', 'filters', 'panels', 'errors']);
  // Status and kind ids come from the URL: a key built from one is checked against the catalog.
  const messageOr = useCallback((key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback), [t]);
  const groupBy = useUiStore(selectGroupBy);
  const compare = useUiStore(selectCompare);
  const setCompare = useUiStore((state) => state.setCompare);
  const lang = useUiStore(selectLang);
  const openProgram = useUiStore((state) => state.openProgram);
  const openPage = useUiStore((state) => state.openPage);
  const setFilters = useUiStore((state) => state.setFilters);
  const dataset = useUiStore(selectDataset);
  // A pledge's name is a real link: its address opens it in a new tab, a click opens it here.
  const hrefFor = useCallback(
    (programId: string) =>
      `?${serializeView({ ...createInitialView(lang), dataset, program: programId }, createInitialView(lang))}`,
    [lang, dataset],
  );
  const comparison = useComparison(compare, dataset === 'reported');
  const { queries, asOf, rows, items, shown, totals, shownIds, updating, filtersText } = useOverviewSelection();
  const { programs, institutions, strategies, meta } = queries;
  const renderExport = useRenderExport(filtersText);
  // Back from a pledge, the overview returns to the link that opened it (app/overview-place.ts,
  // loaded after the page).
  const drawnYet = !!rows;
  useEffect(() => whenLoaded((place) => place.rememberPlaces()), []);
  useEffect(() => (drawnYet ? whenLoaded((place) => place.restorePlace()) : undefined), [drawnYet]);
  const renderPin = useRenderPin();
  // The document title follows the view: the page and what the filters leave.
  useEffect(() => {
    document.title = `${t('overview:documentTitle')}${filtersText === t('panels:noFilters') ? '' : ` (${filtersText})`} — Pledge Tracker`;
  }, [t, filtersText]);
  // What the pledge panels are drawn from: when it changes, a failed panel tries again.
  const panelKeys = [rows, shownIds, groupBy, lang, filtersText];
  const { t: tPanels } = useTranslation('panels');
  const groupName = groupBy === 'strategy' ? tPanels('groupStrategy') : tPanels('groupInstitution');

  const dependencies = [
    { query: programs, subject: 'programs' as const },
    { query: institutions, subject: 'institutions' as const },
    { query: strategies, subject: 'strategies' as const },
    { query: meta, subject: 'meta' as const },
  ];

  return (
    <>
      <UrlNotice dropped={urlDropped} />
      {programs.isError && programs.data ? (
        <div className="notice notice--warning" role="status">
          {t('errors:stale')}{' '}
          <button type="button" onClick={() => void programs.refetch()}>
            {t('errors:retry')}
          </button>
        </div>
      ) : null}
      {rows && totals && institutions.data && strategies.data ? (
        <>
          <FilterBar
            items={items}
            shownCount={shown.length}
            institutions={institutions.data}
            initiatives={strategies.data.initiatives}
            strategies={strategies.data.strategies}
            statusLabel={(status) => messageOr(`status:label.${status}`, status)}
          />
          <CopyLinkButton />
          <Scorecard
            rows={rows}
            shownIds={shownIds}
            lang={lang}
            asOf={asOf ?? ''}
            hrefFor={hrefFor}
            onOpen={openProgram}
            comparisons={comparison.values}
            comparisonDate={comparison.vintage?.recordedUpTo}
          />
          <StatusTallies
            totals={totals}
            lang={lang}
            methodHref="?page=method&v=1"
            onMethod={() => openPage('method')}
            onStatus={(status) => setFilters({ statuses: [status] })}
          />
          <section aria-labelledby="charts-heading" className="panels" aria-busy={updating}>
            <div className="panels__header">
              <h2 id="charts-heading">{t('panels:heading')}</h2>
              <GroupByToggle />
            </div>
            <Suspense fallback={<LoadingNotice label={t('panels:loadingChart')} />}>
              {pledgePanels.map(({ key, title, Component }) => (
                <PanelBoundary key={key} title={title(tPanels, groupName)} resetKeys={panelKeys}>
                  <Component {...panelProps(rows, shownIds)} comparison={comparison.panel} />
                </PanelBoundary>
              ))}
            </Suspense>
          </section>
          <PanelBoundary title={t('digest:heading')} resetKeys={panelKeys}>
            <Suspense fallback={<LoadingNotice label={t('digest:loading')} />}>
              <DigestSection
                lang={lang}
                compare={compare}
                onCompare={setCompare}
                onOpen={openProgram}
                renderPin={renderPin}
              />
            </Suspense>
          </PanelBoundary>
          <section aria-labelledby="table-heading" aria-busy={updating}>
            <h2 id="table-heading">{t('overview:tableHeading')}</h2>
            <p className="table-method">
              <MethodLink section="pace" />
            </p>
            <Suspense fallback={<LoadingNotice label={t('overview:loadingTable')} />}>
              <ProgramTable
                rows={items}
                shownIds={shownIds}
                lang={lang}
                hrefFor={hrefFor}
                onOpen={openProgram}
                csv={{
                  asOf: asOf ?? '',
                  filtersText,
                  filtered: filtersText !== tPanels('noFilters'),
                  datasetVersion: meta.data?.datasetVersion ?? '',
                  demo: dataset === 'demo',
                }}
              />
            </Suspense>
          </section>
        </>
      ) : (
        <DependencyStatus dependencies={dependencies} neededBy="overview" loadingLabel={t('overview:loading')} />
      )}
      <section aria-labelledby="context-heading" className="panels">
        <h2 id="context-heading">{t('overview:contextHeading')}</h2>
        <Suspense fallback={<LoadingNotice label={t('overview:loadingContext')} />}>
          {contextPanels.map((definition) => (
            <IndicatorPanel
              key={definition.indicatorId + definition.draw.kind}
              definition={definition}
              asOf={asOf}
              lang={lang}
              renderActions={renderExport}
              comparison={comparison.panel}
            />
          ))}
        </Suspense>
      </section>
    </>
  );

  function panelProps(allRows: NonNullable<typeof rows>, ids: ReadonlySet<string>) {
    return {
      rows: allRows,
      shownIds: ids,
      asOf: asOf ?? '',
      groupBy,
      institutions: institutions.data ?? [],
      strategies: strategies.data?.strategies ?? [],
      lang,
      filtersText,
      renderActions: renderExport,
    };
  }
}
