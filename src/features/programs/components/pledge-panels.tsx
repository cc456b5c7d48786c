import { useMemo, type ReactNode } from 'react';
import { PanelFrame } from '../../../components/panel-frame';
import { useTranslation } from '../../../i18n/i18n';
import type { Institution, Strategy } from '../../../lib/schemas';
import type { AllRows, PanelData } from '../../../lib/panel-data';
import type { Grouping, Lang } from '../../../lib/view-state';
import { localized } from '../../../i18n/localized';
import type { ProgramRow } from '../model/overview-rows';
import { compositionPanel, pledgedVsReportedPanel, progressPathPanel } from '../model/program-panels';

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
}

export function PledgedVsReportedPanel(props: PledgePanelsProps) {
  const { t } = useTranslation('panels');
  const { rows, shownIds, asOf, groupBy, institutions, strategies, lang, filtersText, renderActions } = props;
  const data = useMemo(() => {
    const programs = rows.map((row) => row.program);
    const group = groupBy === 'strategy' ? t('groupStrategy') : t('groupInstitution');
    const labels = {
      title: t('pledged.title'),
      subtitle: '',
      program: t('pledged.program'),
      group: t('col.group'),
      pledged: t('pledged.pledged'),
      reported: t('pledged.reported'),
      reportedIllustrative: t('pledged.reportedIllustrative'),
      noData: t('pledged.noData'),
    };
    const names = { institutions, strategies };
    const panel = pledgedVsReportedPanel(programs, shownIds, asOf, groupBy, names, lang, labels);
    const allIds = new Set(programs.map((program) => program.id));
    const all = pledgedVsReportedPanel(programs, allIds, asOf, groupBy, names, lang, labels, Number.POSITIVE_INFINITY);
    const top = panel.truncatedFrom
      ? ` ${t('pledged.top', { count: panel.rows.length, total: panel.truncatedFrom })}`
      : '';
    return {
      shown: {
        ...panel,
        subtitle:
          t('pledged.subtitle', {
            count: panel.truncatedFrom ?? panel.rows.length,
            group: group.toLowerCase(),
            filters: filtersText,
          }) + top,
      },
      all: {
        ...all,
        subtitle: t('pledged.subtitle', {
          count: all.rows.length,
          group: group.toLowerCase(),
          filters: t('noFilters'),
        }),
      },
    };
  }, [rows, shownIds, asOf, groupBy, institutions, strategies, lang, filtersText, t]);
  return (
    <ComputedPanel
      data={data.shown}
      allRows={{ count: data.all.rows.length, build: () => data.all }}
      lang={lang}
      emptyMessage={t('emptySelection')}
      renderActions={renderActions}
    />
  );
}

export function CompositionPanel(props: PledgePanelsProps) {
  const { t } = useTranslation('panels');
  const { rows, shownIds, asOf, groupBy, institutions, strategies, lang, filtersText, renderActions } = props;
  const data = useMemo(() => {
    const group = groupBy === 'strategy' ? t('groupStrategy') : t('groupInstitution');
    const programs = rows.map((row) => row.program);
    const build = (ids: ReadonlySet<string>, filters: string) =>
      compositionPanel(programs, ids, asOf, groupBy, { institutions, strategies }, lang, {
        title: t('composition.title', { group: group.toLowerCase() }),
        subtitle: t('composition.subtitle', { filters }),
        group,
        pledged: t('pledged.pledged'),
        programs: t('composition.programs'),
        others: (groups) => t('composition.others', { count: groups }),
      });
    return {
      shown: build(shownIds, filtersText),
      all: build(new Set(programs.map((program) => program.id)), t('noFilters')),
    };
  }, [rows, shownIds, asOf, groupBy, institutions, strategies, lang, filtersText, t]);
  return (
    <ComputedPanel
      data={data.shown}
      allRows={{ count: data.all.rows.length, build: () => data.all }}
      lang={lang}
      emptyMessage={t('emptySelection')}
      renderActions={renderActions}
    />
  );
}

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
  const data = useMemo(() => {
    const basis = row.assessment.pace?.basis ?? (row.program.plans.length > 0 ? 'annual-plan' : 'linear');
    return progressPathPanel(row.program, asOf, lang, {
      title: t('path.title'),
      subtitle: t('path.subtitle', {
        name: localized(row.program.name, lang),
        basis: t(`status:basis.${basis}`),
      }),
      date: t('path.date'),
      reported: t('path.reported'),
      expected: t('path.expected'),
      asOf: t('path.asOf'),
    });
  }, [row, asOf, lang, t]);
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
      actions={renderActions ? renderActions(data, allRows) : null}
    />
  );
}
