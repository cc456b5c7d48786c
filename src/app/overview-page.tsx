import { useMemo } from 'react';
import { useTranslation } from '../i18n/i18n';
import { QueryError } from '../components/query-error';
import { FilterBar } from '../features/filters/components/filter-bar';
import { UrlNotice } from '../features/filters/components/url-notice';
import { CopyLinkButton } from '../features/filters/components/copy-link-button';
import { applyFilters } from '../features/filters/model/apply-filters';
import type { DroppedValue } from '../features/filters/model/url-state';
import { useDropUnknownIds } from '../features/filters/use-known-ids';
import { usePrograms } from '../features/programs/api/get-programs';
import { ProgramTable } from '../features/programs/components/program-table';
import { StatusTallies } from '../features/programs/components/status-tallies';
import { buildProgramRows } from '../features/programs/model/overview-rows';
import { computeOverviewTotals } from '../features/programs/model/overview-totals';
import { useInstitutions, useMeta, useStrategies } from '../lib/api/reference-data';
import { selectFilters, selectLang, useUiStore } from '../lib/ui-store';

export function OverviewPage({ urlDropped }: { urlDropped: readonly DroppedValue[] }) {
  const { t } = useTranslation(['overview', 'status']);
  const lang = useUiStore(selectLang);
  const filters = useUiStore(selectFilters);
  const openProgram = useUiStore((state) => state.openProgram);
  const programs = usePrograms();
  const institutions = useInstitutions();
  const strategies = useStrategies();
  const meta = useMeta();

  const asOf = meta.data?.asOf;
  const rows = useMemo(
    () =>
      programs.data && institutions.data && strategies.data && asOf
        ? buildProgramRows(programs.data, institutions.data, strategies.data.strategies, asOf, lang)
        : null,
    [programs.data, institutions.data, strategies.data, asOf, lang],
  );
  const items = useMemo(() => rows?.map((row) => ({ ...row, status: row.assessment.status })) ?? [], [rows]);
  const shown = useMemo(() => applyFilters(items, filters), [items, filters]);
  const totals = useMemo(
    () => (programs.data && asOf ? computeOverviewTotals(programs.data, shown, asOf) : null),
    [programs.data, shown, asOf],
  );
  const known = useMemo(
    () =>
      programs.data && institutions.data && strategies.data
        ? {
            programs: new Set(programs.data.map((program) => program.id)),
            institutions: new Set(institutions.data.map((institution) => institution.id)),
            strategies: new Set(strategies.data.strategies.map((strategy) => strategy.id)),
          }
        : null,
    [programs.data, institutions.data, strategies.data],
  );
  const unknownDropped = useDropUnknownIds(known);

  const failed = [
    { query: programs, subject: 'programs' as const },
    { query: institutions, subject: 'institutions' as const },
    { query: strategies, subject: 'strategies' as const },
  ].filter((entry) => entry.query.isError && !entry.query.data);

  return (
    <>
      <UrlNotice dropped={[...urlDropped, ...unknownDropped]} />
      {failed.map((entry) => (
        <QueryError
          key={entry.subject}
          subject={entry.subject}
          error={entry.query.error}
          retrying={entry.query.isFetching}
          onRetry={() => void entry.query.refetch()}
        />
      ))}
      {rows && totals && institutions.data && strategies.data ? (
        <>
          <FilterBar
            items={items}
            shownCount={shown.length}
            institutions={institutions.data}
            initiatives={strategies.data.initiatives}
            strategies={strategies.data.strategies}
            statusLabel={(status) => t(`status:label.${status}`)}
          />
          <CopyLinkButton />
          <StatusTallies totals={totals} lang={lang} />
          <section aria-labelledby="table-heading">
            <h2 id="table-heading">{t('overview:tableHeading')}</h2>
            <ProgramTable rows={shown} lang={lang} onOpen={openProgram} />
          </section>
        </>
      ) : failed.length === 0 ? (
        <p className="skeleton" role="status">
          {t('overview:loading')}
        </p>
      ) : null}
    </>
  );
}
