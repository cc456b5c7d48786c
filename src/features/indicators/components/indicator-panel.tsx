import { memo, useMemo, type ReactNode } from 'react';
import { compareWith, type PanelComparison } from '../../../lib/panel-comparison';
import { PanelBoundary } from '../../../components/panel-boundary';
import { PanelFrame } from '../../../components/panel-frame';
import { useTranslation, type TFunction } from '../../../i18n/i18n';
import type { AllRows, PanelData } from '../../../lib/panel-data';
import type { Lang } from '../../../lib/view-state';
import { useIndicator } from '../api/get-indicator';
import { yieldToMain } from '../../../lib/yield-to-main';
import { useSpecContext } from '../../../lib/use-spec-context';
import { indicatorPanelSpec, levelPanelAllRows, type IndicatorLabels } from '../model/indicator-panels';
import type { IndicatorPanelDefinition } from '../model/indicator-panel-definition';
import { localized } from '../../../i18n/localized';
import { indicatorReadingProblems } from '../../../lib/data-rules';
import { formatDate } from '../../../i18n/format';
import type { Indicator, IndicatorPoint } from '../../../lib/schemas';

/** The words of a panel's axes, notes and columns, with its own title and subtitle. */
export function labelsFor(definition: IndicatorPanelDefinition, t: TFunction<'panels'>, lang: Lang): IndicatorLabels {
  const { text } = definition;
  return {
    title: 'messages' in text ? t(`${text.messages}.title`) : localized(text.title, lang),
    subtitle: 'messages' in text ? t(`${text.messages}.subtitle`) : localized(text.subtitle, lang),
    date: t('col.date'),
    kind: t('col.kind'),
    note: t('col.note'),
    period: t('col.period'),
    dayReading: t('dayReading'),
    breakLabel: (label) => t('seriesBreak', { label }),
    disputedLabel: t('disputed'),
    disputedAlternative: t('disputedAlternative'),
    kindNames: {
      'month-end': t('kind.month-end'),
      day: t('kind.day'),
      'year-end': t('kind.year-end'),
      period: t('kind.period'),
    },
  };
}

interface Props {
  /** The panel as the registry declares it. */
  definition: IndicatorPanelDefinition;
  asOf: string | undefined;
  lang: Lang;
  /** The export menu, given the panel's data (composed by app/). */
  renderActions?: (data: PanelData, allRows: AllRows | null) => ReactNode;
  /** The comparison vintage: the series as recorded then is drawn as ghosts, with Δ columns. */
  comparison?: PanelComparison | undefined;
}

/**
 * A context-indicator panel: its own query, so one failing series leaves the others drawn.
 * Memoised: filters do not apply to it, so a filter change does not render it again.
 */
export const IndicatorPanel = memo(function IndicatorPanel(props: Props) {
  const { t } = useTranslation('panels');
  const query = useIndicator(props.definition.indicatorId);
  // Around the transform too: a series that makes it throw fails this panel only, until new data.
  return (
    <PanelBoundary
      title={labelsFor(props.definition, t, props.lang).title}
      resetKeys={[query.data, props.asOf, props.lang]}
    >
      <IndicatorPanelView {...props} query={query} />
    </PanelBoundary>
  );
});

function IndicatorPanelView({
  definition,
  asOf,
  lang,
  renderActions,
  comparison,
  query,
}: Props & { query: ReturnType<typeof useIndicator> }) {
  const { t } = useTranslation(['panels', 'digest']);
  const context = useSpecContext();
  const built = useMemo(() => {
    if (!query.data) return null;
    const labels = labelsFor(definition, t, lang);
    const dataAsOf =
      asOf ??
      query.data.series
        .flatMap((series) => series.points.map((point) => point.date))
        .sort()
        .at(-1) ??
      '';
    // The rules npm run data:check applies, on whatever the data source sent: an impossible
    // figure is named above the chart and left out of it.
    const bad = indicatorReadingProblems(query.data, dataAsOf);
    const problems = [...bad].map(([point, problem]) => problemText(point, problem.code, lang, t));
    const indicator: Indicator =
      bad.size === 0
        ? query.data
        : {
            ...query.data,
            series: query.data.series.map((series) => ({
              ...series,
              points: series.points.filter((point) => !bad.has(point)),
            })),
          };
    const transform = (from: Indicator, at: string) => indicatorPanelSpec(definition, from, at, lang, labels, context);
    // The same transform on the series as the comparison vintage recorded it: its ghosts.
    const earlier = comparison?.view.indicators.find((item) => item.id === indicator.id);
    const date = comparison ? formatDate(comparison.recordedUpTo, lang) : '';
    const panel = earlier
      ? compareWith(transform(indicator, dataAsOf), transform(earlier, comparison?.view.meta.asOf ?? dataAsOf), {
          since: t('digest:deltaSince', { date }),
          ghost: t('digest:recordedUpTo', { date }),
        })
      : transform(indicator, dataAsOf);
    if (definition.draw.kind !== 'level') return { panel, all: null, problems };
    // The chart draws at most ~2 points per pixel; the CSV can still have every point.
    const count = new Set(indicator.series.flatMap((series) => series.points.map((point) => point.date))).size;
    const all: AllRows = {
      count,
      build: () => levelPanelAllRows(indicator, dataAsOf, lang, labels, context, yieldToMain),
    };
    return { panel, all, problems };
  }, [query.data, definition, asOf, lang, t, context, comparison]);

  const data = built?.panel ?? null;
  return (
    <PanelFrame
      title={labelsFor(definition, t, lang).title}
      data={data}
      lang={lang}
      isLoading={query.isPending}
      error={query.error}
      failureReason={query.failureReason}
      subject="indicator"
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
      stale={query.isError && !!query.data}
      emptyMessage={t('emptyData')}
      actions={built && renderActions ? (shown: PanelData) => renderActions(shown, built.all) : null}
      problems={built?.problems}
    />
  );
}

function problemText(point: IndicatorPoint, code: string, lang: Lang, t: TFunction<'panels'>): string {
  const date =
    /^\d{4}-\d{2}-\d{2}$/.test(point.date) && point.date >= '1000' ? formatDate(point.date, lang) : point.date;
  switch (code) {
    case 'implausible-date':
      return t('problem.implausibleDate', { date: point.date });
    case 'after-as-of':
      return t('problem.afterAsOf', { date });
    case 'negative':
      return t('problem.negative', { date, value: String(point.value) });
    default:
      return t('problem.jump', { date });
  }
}
