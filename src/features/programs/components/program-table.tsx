import { useMemo, useState } from 'react';

const PAGE_SIZE = 100;
import { useTranslation } from '../../../i18n/i18n';
import { SourceList } from '../../../components/source-list';
import { formatDate } from '../../../i18n/format';
import { localized } from '../../../i18n/localized';
import type { Lang } from '../../../lib/view-state';
import { sortRows, type ProgramRow, type SortKey, type SortState } from '../model/overview-rows';
import { formatCommitment } from '../format-commitment';
import { DataProblemsNote } from './data-problems-note';
import { ProgressCell } from './progress-cell';
import { ProvenanceBadge } from './provenance-badge';
import { StatusCell } from './status-cell';

interface Props {
  rows: readonly ProgramRow[];
  /** How many programs the dataset has before filters (to tell "none at all" from "none match"). */
  totalCount: number;
  lang: Lang;
  onOpen: (programId: string) => void;
}

const columns: readonly { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'name' },
  { key: 'institution', label: 'institution' },
  { key: 'strategy', label: 'strategy' },
  { key: 'commitment', label: 'commitment', numeric: true },
  { key: 'progress', label: 'progress', numeric: true },
  { key: 'status', label: 'status' },
  { key: 'asOf', label: 'asOf' },
];

/** Every program in one sortable table: the overview's answer to "which are on track?". */
export function ProgramTable({ rows, totalCount, lang, onOpen }: Props) {
  const { t } = useTranslation('programs');
  const [sort, setSort] = useState<SortState>({
    key: 'institution',
    direction: 'ascending',
  });
  const sorted = useMemo(() => sortRows(rows, sort, lang), [rows, sort, lang]);
  // Long selections are paged so a 5,000-pledge view stays instant.
  const [page, setPage] = useState({ rows, index: 0 });
  const pageIndex = page.rows === rows ? page.index : 0;
  const pageCount = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const visible = sorted.slice(pageIndex * PAGE_SIZE, (pageIndex + 1) * PAGE_SIZE);

  const onSort = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  if (rows.length === 0) {
    return <p className="panel__empty">{totalCount === 0 ? t('empty') : t('emptySelection')}</p>;
  }
  return (
    <div className="table-scroll">
      <table className="program-table">
        <caption>
          {t('tableCaption')} — {t('count', { count: rows.length })}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'num' : undefined}
                aria-sort={sort.key === column.key ? sort.direction : undefined}
              >
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {t(`col.${column.label}`)}
                  <span aria-hidden="true">
                    {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">{t('col.provenance')}</th>
            <th scope="col">{t('col.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr key={row.program.id}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpen(row.program.id)}
                  aria-label={t('openDetail', {
                    name: localized(row.program.name, lang),
                  })}
                >
                  <bdi>{localized(row.program.name, lang)}</bdi>
                </button>
                {row.parentName ? <span className="child-of">{t('partOf', { parent: row.parentName })}</span> : null}
                <DataProblemsNote problems={row.problems} lang={lang} />
              </th>
              <td>{row.institutionNames}</td>
              <td>{row.strategyName}</td>
              <td className="num">
                {formatCommitment(row.program.commitment, lang, t)}
                <ProvenanceBadge
                  figure={row.program.commitmentFigure}
                  sources={row.program.sources}
                  lang={lang}
                  compact
                />
              </td>
              <td className="num">
                <ProgressCell program={row.program} assessment={row.assessment} lang={lang} />
              </td>
              <td>
                <StatusCell assessment={row.assessment} commitment={row.program.commitment} lang={lang} />
              </td>
              <td>{row.latestDate ? formatDate(row.latestDate, lang) : '–'}</td>
              <td>
                <ProvenanceBadge figure={row.dataProvenance} sources={row.program.sources} lang={lang} />
              </td>
              <td>
                <SourceList sources={row.program.sources} lang={lang} variant="compact" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pageCount > 1 ? (
        <nav className="pager" aria-label={t('pages')}>
          <button type="button" disabled={pageIndex === 0} onClick={() => setPage({ rows, index: pageIndex - 1 })}>
            {t('previousPage')}
          </button>
          <span>
            {t('pageOf', {
              from: pageIndex * PAGE_SIZE + 1,
              to: Math.min(sorted.length, (pageIndex + 1) * PAGE_SIZE),
              total: sorted.length,
            })}
          </span>
          <button
            type="button"
            disabled={pageIndex >= pageCount - 1}
            onClick={() => setPage({ rows, index: pageIndex + 1 })}
          >
            {t('nextPage')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
