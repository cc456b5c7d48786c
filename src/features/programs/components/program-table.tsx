import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { gapWords } from '../gap-words';
import { pledgeTableHeader, pledgeTableRow } from '../pledge-table-words';
import { download } from '../../../lib/download';
import { formatDate } from '../../../i18n/format';
import { st } from '../../../components/static-chart/messages';
import { useTranslation, type MessageKey } from '../../../i18n/i18n';
import { SourceList } from '../../../components/source-list';
import { formatCount } from '../../../i18n/format';
import { localized } from '../../../i18n/localized';
import type { Lang } from '../../../lib/view-state';
import { sortRows, type ProgramRow, type SortKey, type SortState } from '../model/overview-rows';
import { formatCommitment } from '../../../lib/commitment-kinds/words';
import { DataProblemsNote } from './data-problems-note';
import { ProgressCell } from './progress-cell';
import { ProvenanceBadge } from './provenance-badge';
import { ReportedCell } from './reported-cell';
import { StatusCell } from './status-cell';
import { Bidi } from '../../../components/bidi';
import { isolate } from '../../../lib/bidi';
import { useKeptRows } from '../../../components/use-kept-rows';

const programIdOf = (row: ProgramRow) => row.program.id;

const PAGE_SIZE = 100;

interface Props {
  /** Every program of the dataset (sorted once, not on every filter change). */
  rows: readonly ProgramRow[];
  /** The programs the filters leave; all of them when omitted. */
  shownIds?: ReadonlySet<string>;
  lang: Lang;
  /** The address of a pledge's page (a real link); a plain click is handled by `onOpen`. */
  hrefFor: (programId: string) => string;
  onOpen: (programId: string) => void;
  /** What the CSV says above its rows. */
  csv: TableCsvMeta;
}

export interface TableCsvMeta {
  asOf: string;
  /** The filters in words, and whether any applies (the file name then says which). */
  filtersText: string;
  filtered: boolean;
  datasetVersion: string;
  demo: boolean;
}

const columns: readonly { key: SortKey; label: MessageKey<'programs'>; numeric?: boolean }[] = [
  { key: 'name', label: 'col.name' },
  { key: 'institution', label: 'col.institution' },
  { key: 'strategy', label: 'col.strategy' },
  { key: 'commitment', label: 'col.commitment', numeric: true },
  { key: 'progress', label: 'col.progress', numeric: true },
  { key: 'status', label: 'col.status' },
  { key: 'gap', label: 'col.gap', numeric: true },
  { key: 'asOf', label: 'col.asOf' },
];

/** Every program in one sortable table: the overview's answer to "which are on track?". */
export const ProgramTable = memo(function ProgramTable({ rows: allRows, shownIds, lang, hrefFor, onOpen, csv }: Props) {
  const { t } = useTranslation('programs');
  const [sort, setSort] = useState<SortState>({
    key: 'institution',
    direction: 'ascending',
  });
  const sortedAll = useMemo(() => sortRows(allRows, sort, lang), [allRows, sort, lang]);
  const sorted = useMemo(
    () => (shownIds ? sortedAll.filter((row) => shownIds.has(row.program.id)) : sortedAll),
    [sortedAll, shownIds],
  );
  // Long selections are paged so a 5,000-pledge view stays instant; a new selection starts
  // on its first page. The same selection rebuilt (a language change builds new rows and a new
  // set of the same ids) keeps its page.
  const [page, setPage] = useState({ selection: shownIds, index: 0 });
  const pageCount = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  let pageIndex = page.index;
  if (page.selection !== shownIds) {
    pageIndex = sameIds(page.selection, shownIds) ? page.index : 0;
    // Derived state, updated during render (React re-renders this component at once).
    setPage({ selection: shownIds, index: pageIndex });
  }
  pageIndex = Math.min(pageIndex, pageCount - 1);
  const visible = useMemo(() => sorted.slice(pageIndex * PAGE_SIZE, (pageIndex + 1) * PAGE_SIZE), [sorted, pageIndex]);
  const { drawn, visibleIds } = useKeptRows(sortedAll, visible, programIdOf);
  // Its row count sizes the table's placeholder while it is off screen (see styles.css). Set
  // through the CSSOM: a style attribute would break the prerendered page's CSP.
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    scroller.current?.style.setProperty('--rows', String(visible.length));
  }, [visible.length]);

  const onSort = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <>
      <TableCsvButton rows={sorted} lang={lang} meta={csv} disabled={sorted.length === 0} />
      {sorted.length === 0 ? (
        <p className="panel__empty">{allRows.length === 0 ? t('empty') : t('emptySelection')}</p>
      ) : null}
      <div ref={scroller} className="table-scroll" hidden={sorted.length === 0}>
        <table className="program-table">
          <caption>
            {t('tableCaption')} — {t('count', { count: sorted.length })}
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
                    {t(column.label)}
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
            {drawn.map((row) => (
              <ProgramTableRow
                key={row.program.id}
                row={row}
                lang={lang}
                href={hrefFor(row.program.id)}
                onOpen={onOpen}
                hidden={!visibleIds.has(row.program.id)}
              />
            ))}
          </tbody>
        </table>
        {pageCount > 1 ? (
          <nav className="pager" aria-label={t('pages')}>
            <button
              type="button"
              disabled={pageIndex === 0}
              onClick={() => setPage({ selection: shownIds, index: pageIndex - 1 })}
            >
              {t('previousPage')}
            </button>
            <span>
              {t('pageOf', {
                from: formatCount(pageIndex * PAGE_SIZE + 1, lang),
                to: formatCount(Math.min(sorted.length, (pageIndex + 1) * PAGE_SIZE), lang),
                total: formatCount(sorted.length, lang),
              })}
            </span>
            <button
              type="button"
              disabled={pageIndex >= pageCount - 1}
              onClick={() => setPage({ selection: shownIds, index: pageIndex + 1 })}
            >
              {t('nextPage')}
            </button>
          </nav>
        ) : null}
      </div>
    </>
  );
});

function sameIds(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/** One program. Memoised: a filter change adds, hides and unhides rows but redraws none. */
const ProgramTableRow = memo(function ProgramTableRow({
  row,
  lang,
  href,
  onOpen,
  hidden,
}: {
  row: ProgramRow;
  lang: Lang;
  href: string;
  onOpen: (programId: string) => void;
  hidden: boolean;
}) {
  return (
    <tr hidden={hidden}>
      <ProgramTableCells row={row} lang={lang} href={href} onOpen={onOpen} />
    </tr>
  );
});

/** A row's cells, apart from the row so that hiding or unhiding it does not render them again. */
const ProgramTableCells = memo(function ProgramTableCells({
  row,
  lang,
  href,
  onOpen,
}: {
  row: ProgramRow;
  lang: Lang;
  href: string;
  onOpen: (programId: string) => void;
}) {
  const { t } = useTranslation(['programs', 'overview']);
  const { t: tOverview } = useTranslation('overview');
  const name = localized(row.program.name, lang);
  const { sources } = row.program;
  return (
    <>
      <th scope="row" title={isolate(name)}>
        <a
          href={href}
          data-program={row.program.id}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            onOpen(row.program.id);
          }}
          aria-label={t('openDetail', { name: isolate(name) })}
        >
          <bdi>{name}</bdi>
        </a>
        {row.parentName ? <span className="child-of">{t('partOf', { parent: isolate(row.parentName) })}</span> : null}
        <DataProblemsNote problems={row.problems} lang={lang} />
      </th>
      <td title={isolate(row.institutionNames)}>
        <Bidi>{row.institutionNames}</Bidi>
      </td>
      <td title={isolate(row.strategyName)}>
        <Bidi>{row.strategyName}</Bidi>
      </td>
      <td className="num program-table__commitment" title={isolate(formatCommitment(row.program.commitment, lang, t))}>
        {formatCommitment(row.program.commitment, lang, t)}
        <ProvenanceBadge figure={row.program.commitmentFigure} sources={sources} lang={lang} compact />
      </td>
      <td className="num">
        <ProgressCell program={row.program} assessment={row.assessment} lang={lang} />
      </td>
      <td className="program-table__status">
        <StatusCell assessment={row.assessment} commitment={row.program.commitment} lang={lang} reason="on-demand" />
      </td>
      <td className="num">
        {row.assessment.progress.kind === 'no-data' ? (
          // The status already says "no reported figure yet": a dash here, the words for screen readers.
          <>
            <span aria-hidden="true" className="muted">
              –
            </span>
            <span className="visually-hidden">{gapWords(row, lang, tOverview)}</span>
          </>
        ) : (
          gapWords(row, lang, tOverview)
        )}
      </td>
      <td className="program-table__reported">
        <ReportedCell row={row} lang={lang} />
      </td>
      <td>
        <ProvenanceBadge figure={row.dataProvenance} sources={sources} lang={lang} />
      </td>
      <td>
        {sources.length === 0 ? (
          <SourceList sources={sources} lang={lang} variant="compact" />
        ) : (
          <details className="table-sources">
            <summary>{t('sourceCount', { count: sources.length })}</summary>
            <SourceList sources={sources} lang={lang} variant="compact" />
          </details>
        )}
      </td>
    </>
  );
});

type CsvOutcome = { state: 'idle' | 'working' } | { state: 'done' | 'failed'; message: string };

/** The table as CSV: every pledge the filters leave, in the table's order, in the page's language. */
function TableCsvButton({
  rows,
  lang,
  meta,
  disabled,
}: {
  rows: readonly ProgramRow[];
  lang: Lang;
  meta: TableCsvMeta;
  disabled: boolean;
}) {
  const { t } = useTranslation('programs');
  const { t: tStatus } = useTranslation('status');
  const { t: tOverview } = useTranslation('overview');
  const [outcome, setOutcome] = useState<CsvOutcome>({ state: 'idle' });
  const run = async () => {
    setOutcome({ state: 'working' });
    try {
      const { textTableToCsv } = await import('../../../lib/csv-text');
      const { exportFileName } = await import('../../../lib/export-file-name');
      const words = { t, tStatus, tOverview };
      const preamble: [string, string][] = [
        [st(lang, 'csvMeta.title'), t('tableCaption')],
        [st(lang, 'csvMeta.asOf'), formatDate(meta.asOf, lang)],
        [st(lang, 'csvMeta.filters'), meta.filtersText],
        [st(lang, 'csvMeta.dataset'), meta.datasetVersion],
      ];
      if (meta.demo) preamble.push([st(lang, 'csvMeta.demo'), st(lang, 'demo')]);
      preamble.push([st(lang, 'csvMeta.link'), window.location.href]);
      const csv = textTableToCsv(
        pledgeTableHeader(t),
        rows.map((row) => pledgeTableRow(row, lang, words)),
        preamble,
      );
      const name = exportFileName({
        panelId: 'pledge-table',
        selection: meta.filtered ? meta.filtersText : null,
        asOf: meta.asOf,
        extension: 'csv',
        variant: lang,
      });
      download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
      setOutcome({ state: 'done', message: t('csv.done', { count: rows.length }) });
    } catch (cause) {
      setOutcome({
        state: 'failed',
        message: t('csv.failed', { message: cause instanceof Error ? cause.message : String(cause) }),
      });
    }
  };
  return (
    <p className="table-csv">
      <button type="button" onClick={() => void run()} disabled={disabled || outcome.state === 'working'}>
        {t('csv.button')}
      </button>{' '}
      <span role="status" className={outcome.state === 'failed' ? 'notice--error' : 'muted'}>
        {outcome.state === 'working' ? t('csv.working') : 'message' in outcome ? outcome.message : null}
      </span>
    </p>
  );
}
