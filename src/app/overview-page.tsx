import {
  createContext,
  memo,
  Suspense,
  use,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';
import type { ProgramRow } from '../features/programs/model/overview-rows';
import type { Institution, Strategy } from '../lib/schemas';
import type { PanelComparison } from '../lib/panel-comparison';
import type { AllRows, PanelData } from '../lib/panel-data';
import type { DatasetId, Filters, Lang } from '../lib/view-state';
import { isMessageKey, useTranslation } from '../i18n/i18n';
import { DependencyStatus } from '../components/dependency-status';
import { FilterBar } from '../features/filters/components/filter-bar';
import { UrlNotice } from '../features/filters/components/url-notice';
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
import { selectCompare, selectFilters, selectGroupBy } from '../lib/ui-store';
import { createInitialView, useUiStore } from '../lib/ui-store';
import { selectionOf, useOverviewSelection, type OverviewItem } from './use-overview-selection';
import { endPrerenderedMarkup } from '../lib/use-hydrated';
import type * as OverviewPlaceModule from './overview-place';
import './overview.css';
import { useLang, useDatasetId } from '../lib/ui-provided';

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

/** A pledge's address in this language and dataset, written once per pledge (asked for on every render). */
function pledgeHrefs(lang: Lang, dataset: DatasetId): (programId: string) => string {
  const hrefs = new Map<string, string>();
  const defaults = createInitialView(lang);
  return (programId) => {
    let href = hrefs.get(programId);
    if (href === undefined) {
      href = `?${serializeView({ ...defaults, dataset, program: programId }, defaults)}`;
      hrefs.set(programId, href);
    }
    return href;
  };
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

/**
 * `takingOver`: the page took over prerendered markup (hydrated) rather than drawing it; its later
 * parts then lag the filters only once they are on the page (below).
 */
export function OverviewPage({
  urlDropped,
  takingOver = false,
}: {
  urlDropped: readonly DroppedValue[];
  takingOver?: boolean;
}) {
  const { t } = useTranslation(['overview', 'status', 'filters', 'panels', 'errors']);
  // Status and kind ids come from the URL: a key built from one is checked against the catalog.
  const messageOr = useCallback((key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback), [t]);
  // Stable: the filter bar builds its options again only when the data, language or counts change.
  const statusLabel = useCallback((status: string) => messageOr(`status:label.${status}`, status), [messageOr]);
  const compare = useUiStore(selectCompare);
  const lang = useLang();
  const openProgram = useUiStore((state) => state.openProgram);
  const openPage = useUiStore((state) => state.openPage);
  const setFilters = useUiStore((state) => state.setFilters);
  const dataset = useDatasetId();
  // A pledge's name is a real link: its address opens it in a new tab, a click opens it here.
  const hrefFor = useMemo(() => pledgeHrefs(lang, dataset), [lang, dataset]);
  // Drawing may lag the filters only once the later parts' content is on the page: a change that
  // reached a part still being taken over (hydrated) in the background would be drawn into the
  // prerendered markup and make React redraw it (docs/performance.md). Until then a change renders
  // in one pass, and React takes such a part over before applying it.
  // A page drawn rather than taken over has nothing to wait for.
  // The parts report one by one; the page renders again only when the last one has (each render
  // before that would render every part, still unmemoised, and make React take them all over).
  const [settled, setSettled] = useState(!takingOver);
  const settledParts = useRef(new Set<LaterPart>());
  const reportSettled = useCallback((part: LaterPart) => {
    settledParts.current.add(part);
    if (settledParts.current.size === LATER_PARTS.length) {
      setSettled(true);
      // What renders from now on (this overview again, after a pledge) is drawn, not taken over.
      endPrerenderedMarkup();
    }
  }, []);
  // The comparison vintage (the ghost marks) is asked for once the later parts are on the page:
  // its arrival while they are still being taken over would make React take them all over at
  // once, in one long task. It is then drawn in the background, as a filter change is.
  const latestComparison = useComparison(compare, dataset === 'reported' && settled);
  const comparison = useDeferredValue(latestComparison);
  const { queries, asOf, rows, items, shown, totals, shownIds, filters, filtersText } = useOverviewSelection(settled);
  const { programs, institutions, strategies, meta } = queries;
  const renderExport = useRenderExport(filtersText);
  // Back from a pledge, the overview returns to the link that opened it (app/overview-place.ts,
  // loaded after the page).
  const drawnYet = !!rows;
  useEffect(() => whenLoaded((place) => place.rememberPlaces()), []);
  useEffect(() => (drawnYet ? whenLoaded((place) => place.restorePlace()) : undefined), [drawnYet]);
  // The document title follows the view: the page and what the filters leave.
  useEffect(() => {
    document.title = `${t('overview:documentTitle')}${filtersText === t('panels:noFilters') ? '' : ` (${filtersText})`} — Pledge Tracker`;
  }, [t, filtersText]);
  const dependencies = [
    { query: programs, subject: 'programs' as const },
    { query: institutions, subject: 'institutions' as const },
    { query: strategies, subject: 'strategies' as const },
    { query: meta, subject: 'meta' as const },
  ];

  return (
    <SettledContext value={reportSettled}>
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
            countedFilters={filters}
            institutions={institutions.data}
            initiatives={strategies.data.initiatives}
            strategies={strategies.data.strategies}
            statusLabel={statusLabel}
          />
          <LiveScorecard
            rows={rows}
            items={items}
            lang={lang}
            asOf={asOf ?? ''}
            hrefFor={hrefFor}
            onOpen={openProgram}
            comparisons={comparison.values}
            comparisonDate={comparison.vintage?.recordedUpTo}
          />
          {/* The parts below say when they are a step behind the filters (aria-busy): a change renders
              the marks alone at once, not the parts. */}
          <BusyWhileBehind as="div" className="tallies-part" drawnFilters={filters}>
            <StatusTallies
              totals={totals}
              lang={lang}
              methodHref="?page=method&v=1"
              onMethod={() => openPage('method')}
              onStatus={(status) => setFilters({ statuses: [status] })}
            />
          </BusyWhileBehind>
          <BusyWhileBehind
            as="section"
            aria-labelledby="charts-heading"
            className="panels overview-later"
            drawnFilters={filters}
          >
            <ChartsPart
              settled={settled}
              rows={rows}
              shownIds={shownIds}
              asOf={asOf ?? ''}
              institutions={institutions.data}
              strategies={strategies.data.strategies}
              filtersText={filtersText}
              comparison={comparison.panel}
              renderExport={renderExport}
            />
          </BusyWhileBehind>
          <DigestPart settled={settled} />
          <BusyWhileBehind
            as="section"
            aria-labelledby="table-heading"
            className="overview-later overview-later--table"
            drawnFilters={filters}
          >
            <TablePart
              settled={settled}
              items={items}
              shownIds={shownIds}
              asOf={asOf ?? ''}
              filtersText={filtersText}
              datasetVersion={meta.data?.datasetVersion ?? ''}
              hrefFor={hrefFor}
            />
          </BusyWhileBehind>
        </>
      ) : (
        <DependencyStatus dependencies={dependencies} neededBy="overview" loadingLabel={t('overview:loading')} />
      )}
      <ContextParts
        settled={settled}
        asOf={asOf}
        lang={lang}
        renderExport={renderExport}
        comparison={comparison.panel}
      />
    </SettledContext>
  );
}

type RenderActions = (data: PanelData, allRows: AllRows | null) => ReactNode;

type LiveScorecardProps = Omit<ComponentProps<typeof Scorecard>, 'shownIds'> & {
  /** The rows with their status, as the filters take them. */
  items: readonly OverviewItem[];
};

/**
 * The scorecard, following the store's filters at once: a filter change renders it (and the
 * option ticked) in the input's frame, and the page's other parts just after (`useFollowedFilters`).
 */
const LiveScorecard = memo(function LiveScorecard({ items, ...props }: LiveScorecardProps) {
  const filters = useUiStore(selectFilters);
  return <Scorecard {...props} shownIds={selectionOf(items, filters).ids} />;
});

type BusyWhileBehindProps = {
  as: 'div' | 'section';
  /** The filters its content is drawn from. */
  drawnFilters: Filters;
  children: ReactNode;
} & Omit<ComponentProps<'section'>, 'children' | 'ref'>;

/**
 * A part that says when its content is a step behind the store's filters (aria-busy). It alone
 * renders at a change: its children, made by the page's last render, are left as they are.
 */
function BusyWhileBehind({ as: Element, drawnFilters, children, ...rest }: BusyWhileBehindProps) {
  const filters = useUiStore(selectFilters);
  return (
    <Element {...rest} aria-busy={filters !== drawnFilters}>
      {children}
    </Element>
  );
}

/** The overview's parts below the scorecard, each in its own Suspense boundary. */
const LATER_PARTS = ['charts', 'digest', 'table', 'context'] as const;
type LaterPart = (typeof LATER_PARTS)[number];

/** Where a later part reports that its content is on the page. */
const SettledContext = createContext<(part: LaterPart) => void>(() => undefined);

/** Inside a later part's Suspense boundary: runs once that content is on the page (hydrated or drawn). */
function Settled({ part }: { part: LaterPart }) {
  const report = use(SettledContext);
  useEffect(() => report(part), [report, part]);
  return null;
}

/**
 * The later parts' memo: they keep still through a render that changes none of their props — but
 * only once settled. Before then they render with the page, so that a change (a language, a
 * filter) reaches a part still being taken over through its props, and React takes it over
 * before applying the change rather than drawing the change into the prerendered markup.
 */
function sameOnceSettled<Props extends { settled: boolean }>(previous: Props, next: Props): boolean {
  if (!next.settled) return false;
  // Settling itself changes nothing drawn: every part is on the page by then.
  for (const key in next) if (key !== 'settled' && !Object.is(previous[key], next[key])) return false;
  return true;
}

interface ChartsPartProps {
  settled: boolean;
  rows: readonly ProgramRow[];
  /** The drawn selection: a step behind the filters while a change renders. */
  shownIds: ReadonlySet<string>;
  asOf: string;
  institutions: readonly Institution[];
  strategies: readonly Strategy[];
  filtersText: string;
  comparison: PanelComparison | undefined;
  renderExport: RenderActions;
}

/**
 * The pledge charts, drawn from the deferred selection: a filter change renders none of them with
 * the scorecard (memo: their props hold still until the deferred render), so the morning answer
 * paints first. The digest and the table below work the same way.
 */
const ChartsPart = memo(function ChartsPart(props: ChartsPartProps) {
  const { rows, shownIds, asOf, institutions, strategies, filtersText, comparison, renderExport } = props;
  const { t } = useTranslation('panels');
  const groupBy = useUiStore(selectGroupBy);
  const lang = useLang();
  // What the pledge panels are drawn from: when it changes, a failed panel tries again.
  const panelKeys = [rows, shownIds, groupBy, lang, filtersText];
  const groupName = groupBy === 'strategy' ? t('groupStrategy') : t('groupInstitution');
  const panelProps = {
    rows,
    shownIds,
    asOf,
    groupBy,
    institutions,
    strategies,
    lang,
    filtersText,
    renderActions: renderExport,
  };
  return (
    <>
      <div className="panels__header">
        <h2 id="charts-heading">{t('panels:heading')}</h2>
        <GroupByToggle />
      </div>
      <Suspense fallback={<LoadingNotice label={t('panels:loadingChart')} />}>
        {pledgePanels.map(({ key, title, Component }) => (
          <PanelBoundary key={key} title={title(t, groupName)} resetKeys={panelKeys}>
            <Component {...panelProps} comparison={comparison} />
          </PanelBoundary>
        ))}
        <Settled part="charts" />
      </Suspense>
    </>
  );
}, sameOnceSettled);

/** The change digest: it follows the comparison vintage, not the filters. */
const DigestPart = memo(function DigestPart(_props: { settled: boolean }) {
  const { t } = useTranslation('digest');
  const compare = useUiStore(selectCompare);
  const setCompare = useUiStore((state) => state.setCompare);
  const lang = useLang();
  const openProgram = useUiStore((state) => state.openProgram);
  const renderPin = useRenderPin();
  return (
    // Settled beside the boundary: a digest that fails is on the page too (its notice).
    <div className="overview-later overview-later--digest">
      <Suspense fallback={<LoadingNotice label={t('digest:loading')} />}>
        <PanelBoundary title={t('digest:heading')} resetKeys={[compare, lang]}>
          <DigestSection
            lang={lang}
            compare={compare}
            onCompare={setCompare}
            onOpen={openProgram}
            renderPin={renderPin}
          />
        </PanelBoundary>
        <Settled part="digest" />
      </Suspense>
    </div>
  );
}, sameOnceSettled);

interface TablePartProps {
  settled: boolean;
  items: readonly ProgramRow[];
  shownIds: ReadonlySet<string>;
  asOf: string;
  filtersText: string;
  datasetVersion: string;
  hrefFor: (programId: string) => string;
}

/** The complete table of pledges, with its CSV. */
const TablePart = memo(function TablePart(props: TablePartProps) {
  const { items, shownIds, asOf, filtersText, datasetVersion, hrefFor } = props;
  const { t } = useTranslation(['overview', 'panels']);
  const lang = useLang();
  const openProgram = useUiStore((state) => state.openProgram);
  const dataset = useDatasetId();
  return (
    <>
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
            asOf,
            filtersText,
            filtered: filtersText !== t('panels:noFilters'),
            datasetVersion,
            demo: dataset === 'demo',
          }}
        />
        <Settled part="table" />
      </Suspense>
    </>
  );
}, sameOnceSettled);

/** The context charts: the filters do not apply to them, so a filter change renders none of them. */
const ContextParts = memo(function ContextParts({
  asOf,
  lang,
  renderExport,
  comparison,
}: {
  settled: boolean;
  asOf: string | undefined;
  lang: Lang;
  renderExport: RenderActions;
  comparison: PanelComparison | undefined;
}) {
  const { t } = useTranslation('overview');
  return (
    <section aria-labelledby="context-heading" className="panels overview-later overview-later--context">
      <h2 id="context-heading">{t('overview:contextHeading')}</h2>
      <Suspense fallback={<LoadingNotice label={t('overview:loadingContext')} />}>
        {contextPanels.map((definition) => (
          <IndicatorPanel
            key={definition.indicatorId + definition.draw.kind}
            definition={definition}
            asOf={asOf}
            lang={lang}
            renderActions={renderExport}
            comparison={comparison}
          />
        ))}
        <Settled part="context" />
      </Suspense>
    </section>
  );
}, sameOnceSettled);
