import { todayIso } from '../lib/clock';
import { useMemo } from 'react';
import { useTranslation } from '../i18n/i18n';
import { DependencyStatus } from '../components/dependency-status';
import { usePrograms } from '../features/programs/api/get-programs';
import { ProgramDetail } from '../features/programs/components/program-detail';
import { buildProgramRows } from '../features/programs/model/overview-rows';
import { useInstitutions, useMeta, useStrategies } from '../lib/api/reference-data';
import { selectLang, useUiStore } from '../lib/ui-store';
import { localized } from '../i18n/localized';
import { useRenderExport } from './use-render-export';

export function ProgramPage({ programId }: { programId: string }) {
  const { t } = useTranslation(['app', 'detail', 'overview']);
  const lang = useUiStore(selectLang);
  const openProgram = useUiStore((state) => state.openProgram);
  const programs = usePrograms();
  const institutions = useInstitutions();
  const strategies = useStrategies();
  const meta = useMeta();
  const asOf = meta.data?.asOf;

  const rowsById = useMemo(() => {
    if (!programs.data || !institutions.data || !strategies.data || !asOf) return null;
    const rows = buildProgramRows(programs.data, institutions.data, strategies.data.strategies, asOf, lang, todayIso());
    return new Map(rows.map((row) => [row.program.id, row]));
  }, [programs.data, institutions.data, strategies.data, asOf, lang]);
  const row = rowsById?.get(programId);
  const renderExport = useRenderExport(row ? localized(row.program.name, lang) : programId);

  return (
    <>
      <p>
        <button type="button" className="link-button" onClick={() => openProgram(null)}>
          ← {t('app:backToOverview')}
        </button>
      </p>
      {rowsById && asOf ? (
        row ? (
          <ProgramDetail
            row={row}
            rowsById={rowsById}
            asOf={asOf}
            lang={lang}
            onOpen={openProgram}
            renderActions={renderExport}
          />
        ) : (
          <p role="status">{t('detail:notFound', { id: programId })}</p>
        )
      ) : (
        <DependencyStatus
          dependencies={[
            { query: programs, subject: 'programs' },
            { query: institutions, subject: 'institutions' },
            { query: strategies, subject: 'strategies' },
            { query: meta, subject: 'meta' },
          ]}
          neededBy="detail"
          loadingLabel={t('overview:loading')}
        />
      )}
    </>
  );
}
