import { todayIso } from '../lib/clock';
import { useEffect, useMemo } from 'react';
import { registerCatalog, useTranslation } from '../i18n/i18n';
import * as detailCatalog from '../i18n/messages/detail';
import { DependencyStatus } from '../components/dependency-status';
import { usePrograms } from '../features/programs/api/get-programs';
import { ProgramDetail } from '../features/programs/components/program-detail';
import { buildProgramRows } from '../features/programs/model/overview-rows';
import { useInstitutions, useMeta, useStrategies } from '../lib/api/reference-data';
import { selectCompare, useUiStore } from '../lib/ui-store';
import { useComparison } from '../features/programs/api/get-vintages';
import { localized } from '../i18n/localized';
import { useRenderExport } from './use-render-export';
import { useLang, useDatasetId } from '../lib/ui-provided';

// Loaded on demand (React.lazy in app.tsx): this chunk brings its own messages.
registerCatalog('detail', detailCatalog);

export function ProgramPage({ programId }: { programId: string }) {
  const { t } = useTranslation(['app', 'detail', 'overview']);
  const lang = useLang();
  const openProgram = useUiStore((state) => state.openProgram);
  const programs = usePrograms();
  const institutions = useInstitutions();
  const strategies = useStrategies();
  const meta = useMeta();
  const asOf = meta.data?.asOf;
  // A link from the digest names the comparison vintage: the page shows the pledge at both.
  const compare = useUiStore(selectCompare);
  const dataset = useDatasetId();
  const comparison = useComparison(compare, dataset === 'reported');

  const rowsById = useMemo(() => {
    if (!programs.data || !institutions.data || !strategies.data || !asOf) return null;
    const rows = buildProgramRows(programs.data, institutions.data, strategies.data.strategies, asOf, lang, todayIso());
    return new Map(rows.map((row) => [row.program.id, row]));
  }, [programs.data, institutions.data, strategies.data, asOf, lang]);
  const row = rowsById?.get(programId);
  const title = row ? localized(row.program.name, lang) : programId;
  const renderExport = useRenderExport(title);
  // The document title follows the view.
  useEffect(() => {
    document.title = `${title} — Pledge Tracker`;
  }, [title]);
  // Opened from deep in the overview, the page starts at its top (its title), not scrolled past it.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [programId]);

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
            comparison={
              comparison.vintage && comparison.values
                ? {
                    recordedUpTo: comparison.vintage.recordedUpTo,
                    before: comparison.values.get(programId) ?? null,
                  }
                : undefined
            }
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
