import { memo, useMemo, type ReactNode } from 'react';
import { PanelFrame } from '../../../components/panel-frame';
import { useTranslation } from '../../../i18n/i18n';
import { compareWith, type PanelComparison } from '../../../lib/panel-comparison';
import type { Institution, Strategy } from '../../../lib/schemas';
import type { AllRows, PanelData } from '../../../lib/panel-data';
import type { Grouping, Lang } from '../../../lib/view-state';
import { formatCount, formatDate, formatKrw } from '../../../i18n/format';
import { useSpecContext } from '../../../lib/use-spec-context';
import { localized } from '../../../i18n/localized';
import type { ProgramRow } from '../model/overview-rows';
import { compositionPanel, pledgedVsReportedPanel, progressPathPanel } from '../model/program-panels';
import { isolate } from '../../../lib/bidi';

interface PledgePanelsProps {
  /** All rows (programs with rolled-up progress) and the ids the filters leave. */
  rows: readonly ProgramRow[];
  shownIds: ReadonlySet<string>;
  asOf: string;
  groupBy: Grouping;
  institutions: readonly Institution[];
  strategies: readonly Strategy[];
  lang: Lang;
  /** The active filters in words, for subtitles and snapshots. */
  filtersText: string;
  renderActions?: (data: PanelData, allRows: AllRows | null) => ReactNode;
  /** The comparison vintage: its values are drawn as ghosts, with Δ columns. */
  comparison?: PanelComparison | undefined;
}

/** Memoised, like the composition panel: it renders again only when its data changes. */
export const PledgedVsReportedPanel = memo(function PledgedVsReportedPanel(props: PledgePanelsProps) {
  const { t } = useTranslation(['panels', 'common', 'digest']);
  const { rows, shownIds, asOf, groupBy, institutions, strategies, lang, filtersText, renderActions, comparison } =
    props;
  const programs = useMemo(() => rows.map((row) => row.program), [rows]);
  const context = useSpecContext();
  const group = groupBy === 'strategy' ? t('groupStrategy') : t('groupInstitution');
  const labels = useMemo(
    () => ({
      title: t('pledged.title'),
      subtitle: '',
      program: t('pledged.program'),
      group: t('col.group'),
      pledged: t('pledged.pledged'),
      counted: t('panels:pledged.counted'),
      reportedBasis: {
        approved: t('pledged.reportedBasis.approved'),
        disbursed: t('pledged.reportedBasis.disbursed'),
        balance: t('pledged.reportedBasis.balance'),
      },
      illustrative: t('common:illustrative'),
      noData: t('pledged.noData'),
      sharedNote: (amount: number, names: string) =>
        t('pledged.sharedNote', { amount: formatKrw(amount, lang), names }),
    }),
    [t, lang],
  );
  const shown = useMemo(() => {
    const panel = pledgedVsReportedPanel(
      programs,
      shownIds,
      asOf,
      groupBy,
      { institutions, strategies },
      lang,
      labels,
      {
        ...context,
        filtersText,
      },
    );
    const top = panel.truncatedFrom
      ? ` ${t('pledged.top', { count: panel.rows.length, total: formatCount(panel.truncatedFrom, lang) })}`
      : '';
    const subtitle = t('pledged.subtitle', {
      count: panel.truncatedFrom ?? panel.rows.length,
      group: group.toLowerCase(),
      filters: filtersText,
    });
    return { ...panel, subtitle: subtitle + top };
  }, [programs, shownIds, asOf, groupBy, institutions, strategies, lang, labels, filtersText, group, t, context]);
  // The same transform on the comparison vintage's pledges: its values become the ghosts.
  const compared = useMemo(() => {
    if (!comparison) return shown;
    const { view, recordedUpTo } = comparison;
    const earlier = pledgedVsReportedPanel(
      view.programs,
      shownIds,
      view.meta.asOf,
      groupBy,
      { institutions, strategies },
      lang,
      labels,
      { ...context, filtersText },
    );
    const date = formatDate(recordedUpTo, lang);
    return compareWith(shown, earlier, {
      since: t('digest:deltaSince', { date }),
      ghost: t('digest:recordedUpTo', { date }),
    });
  }, [shown, comparison, shownIds, groupBy, institutions, strategies, lang, labels, context, filtersText, t]);
  // Every pledge regardless of filters (for the CSV): not recomputed when the filters change.
  const all = useMemo(() => {
    const allIds = new Set(programs.map((program) => program.id));
    const panel = pledgedVsReportedPanel(
      programs,
      allIds,
      asOf,
      groupBy,
      { institutions, strategies },
      lang,
      labels,
      { ...context, filtersText: t('noFilters') },
      Number.POSITIVE_INFINITY,
    );
    const subtitle = t('pledged.subtitle', {
      count: panel.rows.length,
      group: group.toLowerCase(),
      filters: t('noFilters'),
    });
    return { ...panel, subtitle, allRows: true };
  }, [programs, asOf, groupBy, institutions, strategies, lang, labels, group, t, context]);
  return (
    <ComputedPanel
      data={compared}
      allRows={{ count: all.rows.length, build: () => Promise.resolve(all) }}
      lang={lang}
      emptyMessage={t('emptySelection')}
      renderActions={renderActions}
    />
  );
});

export const CompositionPanel = memo(function CompositionPanel(props: PledgePanelsProps) {
  const { t } = useTranslation('panels');
  const { rows, shownIds, asOf, groupBy, institutions, strategies, lang, filtersText, renderActions } = props;
  const programs = useMemo(() => rows.map((row) => row.program), [rows]);
  const context = useSpecContext();
  const build = useMemo(() => {
    const group = groupBy === 'strategy' ? t('groupStrategy') : t('groupInstitution');
    return (ids: ReadonlySet<string>, filters: string) =>
      compositionPanel(
        programs,
        ids,
        asOf,
        groupBy,
        { institutions, strategies },
        lang,
        {
          title: t('composition.title', { group: group.toLowerCase() }),
          subtitle: t('composition.subtitle', { filters }),
          group,
          pledged: t('pledged.pledged'),
          programs: t('composition.programs'),
          others: (groups) => t('composition.others', { count: groups }),
        },
        { ...context, filtersText: filters },
      );
  }, [programs, asOf, groupBy, institutions, strategies, lang, t, context]);
  const shown = useMemo(() => build(shownIds, filtersText), [build, shownIds, filtersText]);
  // Every pledge regardless of filters (for the CSV): not recomputed when the filters change.
  const all = useMemo(
    () => ({ ...build(new Set(programs.map((program) => program.id)), t('noFilters')), allRows: true }),
    [build, programs, t],
  );
  return (
    <ComputedPanel
      data={shown}
      allRows={{ count: all.rows.length, build: () => Promise.resolve(all) }}
      lang={lang}
      emptyMessage={t('emptySelection')}
      renderActions={renderActions}
    />
  );
});

export function ProgressPathPanel({
  row,
  asOf,
  lang,
  renderActions,
}: {
  row: ProgramRow;
  asOf: string;
  lang: Lang;
  renderActions?: (data: PanelData, allRows: AllRows | null) => ReactNode;
}) {
  const { t } = useTranslation(['panels', 'status']);
  const context = useSpecContext();
  const data = useMemo(() => {
    const basis = row.assessment.pace?.basis ?? (row.program.plans.length > 0 ? 'annual-plan' : 'linear');
    return progressPathPanel(
      row.program,
      asOf,
      lang,
      {
        title: t('path.title'),
        subtitle: t('path.subtitle', {
          name: isolate(localized(row.program.name, lang)),
          basis: t(`status:basis.${basis}`),
        }),
        date: t('path.date'),
        reported: t('path.reported'),
        expected: t('path.expected'),
        asOf: t('path.asOf'),
      },
      context,
    );
  }, [row, asOf, lang, t, context]);
  return (
    <ComputedPanel data={data} allRows={null} lang={lang} emptyMessage={t('emptyData')} renderActions={renderActions} />
  );
}

/** A pledge panel's frame: its data is computed from rows already loaded, so it never loads or fails. */
function ComputedPanel({
  data,
  allRows,
  lang,
  emptyMessage,
  renderActions,
}: {
  data: PanelData;
  allRows: AllRows | null;
  lang: Lang;
  emptyMessage: string;
  renderActions: PledgePanelsProps['renderActions'];
}) {
  return (
    <PanelFrame
      title={data.title}
      data={data}
      lang={lang}
      isLoading={false}
      error={null}
      subject="programs"
      onRetry={() => undefined}
      emptyMessage={emptyMessage}
      actions={renderActions ? (shown: PanelData) => renderActions(shown, allRows) : null}
    />
  );
}
