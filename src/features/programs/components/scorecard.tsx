/* eslint-disable jsx-a11y-x/no-redundant-roles, jsx-a11y-x/no-interactive-element-to-noninteractive-role --
   the scorecard's lines are laid out as grids (scorecard.css), and a table displayed otherwise than
   as a table can lose its semantics in some browsers: its elements state their table roles. */
import { isolate } from '../../../lib/bidi';
import { MethodLink } from '../../../components/method-link';
import { memo, useMemo, useState } from 'react';
import { translatorFor, useTranslation, type TFunction } from '../../../i18n/i18n';
import { formatCount, formatDate, formatPercent, formatPercentRange, formatRatio } from '../../../i18n/format';
import { localized } from '../../../i18n/localized';
import type { Lang } from '../../../lib/view-state';
import { kindOf, lowerOf, targetOf } from '../../../lib/commitment-kinds';
import { describeStatus } from '../describe-status';
import { gapWords } from '../gap-words';
import { milestoneLadder, type BulletMarks } from '../model/bullet';
import type { ProgramRow } from '../model/overview-rows';
import {
  buildScorecardRows,
  scorecardEntries,
  defaultScorecardSort,
  scorecardGroups,
  sortScorecard,
  type ScorecardRow,
  type ScorecardSort,
  type ScorecardSortKey,
} from '../model/scorecard';
import { useKeptRows } from '../../../components/use-kept-rows';
import './scorecard.css';

const entryIdOf = (entry: ScorecardRow) => entry.row.program.id;

interface Props {
  rows: readonly ProgramRow[];
  shownIds: ReadonlySet<string>;
  lang: Lang;
  asOf: string;
  /** The address of a pledge's page (a real link); a plain click is handled by `onOpen`. */
  hrefFor: (programId: string) => string;
  onOpen: (programId: string) => void;
  /** Values at a comparison vintage, by program id (drawn as ghosts). */
  comparisons?: ReadonlyMap<string, number> | undefined;
  /** The comparison vintage's recording date, said in the legend. */
  comparisonDate?: string | undefined;
}

const columns: readonly {
  key: ScorecardSortKey | null;
  label: 'name' | 'owner' | 'status' | 'gap' | 'bullet' | 'reported';
}[] = [
  { key: 'name', label: 'name' },
  { key: 'owner', label: 'owner' },
  { key: 'attention', label: 'status' },
  { key: 'gap', label: 'gap' },
  { key: null, label: 'bullet' },
  { key: 'reported', label: 'reported' },
];

/**
 * Rows drawn before "Show all": every top-level pledge of today's dataset fits, and a selection of
 * thousands stays one screen of what needs attention first (the table lists them all).
 */
export const SCORECARD_FIRST_ROWS = 60;

/** The groups in order, drawing at most `room` rows in all (each group keeps its full count). */
function drawnGroups(sorted: readonly ScorecardRow[], room: number) {
  let left = room;
  return scorecardGroups
    .map((group) => {
      const all = sorted.filter((entry) => entry.group === group);
      const drawn = all.slice(0, Math.max(left, 0));
      left -= drawn.length;
      return { group, total: all.length, rows: drawn };
    })
    .filter((entry) => entry.rows.length > 0);
}

/** The morning view: which pledges are behind, by how much, and who made them — one line each. */
export const Scorecard = memo(function Scorecard({
  rows,
  shownIds,
  lang,
  asOf,
  hrefFor,
  onOpen,
  comparisons,
  comparisonDate,
}: Props) {
  const { t } = useTranslation(['overview', 'status']);
  const [sort, setSort] = useState<ScorecardSort>(defaultScorecardSort);
  const entries = useMemo(() => scorecardEntries(rows, comparisons), [rows, comparisons]);
  // Every entry sorted once per sort and language; a filter change picks from it.
  const sortedAll = useMemo(() => sortScorecard([...entries.values()], sort, lang), [entries, sort, lang]);
  const sorted = useMemo(() => {
    const ids = new Set(buildScorecardRows(rows, shownIds, entries).map(entryIdOf));
    return sortedAll.filter((entry) => ids.has(entryIdOf(entry)));
  }, [rows, shownIds, entries, sortedAll]);
  const [showAll, setShowAll] = useState(false);
  const groups = useMemo(() => drawnGroups(sorted, showAll ? sorted.length : SCORECARD_FIRST_ROWS), [sorted, showAll]);
  const visible = useMemo(() => groups.flatMap((entry) => entry.rows), [groups]);
  const drawnCount = visible.length;
  // Lines that leave the selection stay in the page, hidden: ticking a filter off again unhides
  // them instead of building them anew.
  const { drawn, visibleIds } = useKeptRows(sortedAll, visible, entryIdOf);
  const drawnGroupsAll = scorecardGroups
    .map((group) => ({
      group,
      shown: groups.find((entry) => entry.group === group),
      rows: drawn.filter((entry) => entry.group === group),
    }))
    .filter((entry) => entry.rows.length > 0);

  const onSort = (key: ScorecardSortKey) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <section className="scorecard" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading" className="scorecard__heading">
        {t('overview:scorecard.heading')}
      </h2>
      {sorted.length === 0 ? <p className="panel__empty">{t('overview:scorecard.empty')}</p> : null}
      <div className="scorecard__scroll" hidden={sorted.length === 0}>
        <table className="scorecard__table" role="table">
          <caption className="visually-hidden">{t('overview:scorecard.caption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {columns.map((column) => (
                <th
                  key={column.label}
                  scope="col"
                  role="columnheader"
                  className={`scorecard__col--${column.label}`}
                  aria-sort={column.key && sort.key === column.key ? sort.direction : undefined}
                >
                  {column.key ? (
                    <button type="button" className="sort-button" onClick={() => onSort(column.key!)}>
                      {t(`overview:scorecard.col.${column.label}`)}
                      <span aria-hidden="true">
                        {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  ) : (
                    t(`overview:scorecard.col.${column.label}`)
                  )}
                </th>
              ))}
            </tr>
          </thead>
          {drawnGroupsAll.map(({ group, shown, rows: groupRows }) => (
            <tbody
              key={group}
              role="rowgroup"
              className={`scorecard__group scorecard__group--${group}`}
              hidden={!shown}
              inert={!shown}
            >
              <tr role="row">
                <th scope="rowgroup" role="rowheader" colSpan={columns.length} className="scorecard__group-heading">
                  {t(`overview:scorecard.group.${group}`)} ({formatCount(shown?.total ?? 0, lang)})
                </th>
              </tr>
              {groupRows.map((entry) => (
                <ScorecardLine
                  key={entryIdOf(entry)}
                  entry={entry}
                  lang={lang}
                  asOf={asOf}
                  href={hrefFor(entryIdOf(entry))}
                  onOpen={onOpen}
                  hidden={!visibleIds.has(entryIdOf(entry))}
                />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {drawnCount < sorted.length ? (
        <p className="scorecard__more">
          {t('overview:scorecard.firstRows', {
            shown: formatCount(drawnCount, lang),
            total: formatCount(sorted.length, lang),
          })}{' '}
          <button type="button" className="link-button" onClick={() => setShowAll(true)}>
            {t('overview:scorecard.showAll', { total: formatCount(sorted.length, lang) })}
          </button>
        </p>
      ) : null}
      <p className="scorecard__legend muted">
        {t('overview:scorecard.legend')}
        {comparisons && comparisonDate
          ? ` ${t('overview:scorecard.legendGhost', { date: formatDate(comparisonDate, lang) })}`
          : ''}{' '}
        <MethodLink section="pace" />
      </p>
    </section>
  );
});

/** One pledge's line. Memoised: a filter change hides and unhides lines but redraws none. */
const ScorecardLine = memo(function ScorecardLine({ hidden, ...cells }: LineProps & { hidden: boolean }) {
  return (
    <tr className="scorecard__row" role="row" hidden={hidden} aria-hidden={hidden || undefined}>
      <ScorecardCells {...cells} />
    </tr>
  );
});

interface LineProps {
  entry: ScorecardRow;
  lang: Lang;
  asOf: string;
  href: string;
  onOpen: (programId: string) => void;
}

/** A line's cells, apart from the line so that hiding or unhiding it does not render them again. */
const ScorecardCells = memo(function ScorecardCells({ entry, lang, asOf, href, onOpen }: LineProps) {
  // The line's language comes as a prop: no store subscription per line (see `translatorFor`).
  const t = translatorFor(lang, ['overview', 'status']);
  const tStatus = translatorFor(lang, 'status');
  const { row, marks } = entry;
  const { program, assessment } = row;
  const name = localized(program.name, lang);
  const measured = assessment.progress.kind === 'measured';
  const lastStepText = t('overview:scorecard.lastStep', {
    step: localized(row.lastStep.label, lang).replace(/[.。]$/, ''),
    date: formatDate(row.lastStep.date, lang),
  });
  return (
    <>
      <th scope="row" role="rowheader" className="scorecard__name">
        <a
          href={href}
          data-program={program.id}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            onOpen(program.id);
          }}
        >
          <bdi>{name}</bdi>
        </a>
      </th>
      <td role="cell" className="scorecard__owner" title={isolate(row.institutionNames)}>
        <bdi>{row.institutionNames}</bdi>
      </td>
      <td role="cell" className="scorecard__status">
        <span
          className={`status status--${assessment.status}`}
          title={isolate(describeStatus(assessment, program.commitment, lang, tStatus))}
        >
          {t(`status:label.${assessment.status}`)}
        </span>
      </td>
      <td role="cell" className="scorecard__gap num">
        {gapWords(entry.row, lang, t)}
      </td>
      <td role="cell" className="scorecard__bullet">
        {kindOf(program.commitment).measure === 'milestones' ? (
          <Ladder row={row} lang={lang} asOf={asOf} />
        ) : measured ? (
          <>
            <BulletGlyph marks={marks} />
            <span className="visually-hidden">{bulletWords(entry, lang, t)}</span>
          </>
        ) : (
          <span className="scorecard__none" title={isolate(lastStepText)}>
            {t('overview:scorecard.noFigure')}
            {' · '}
            <span className="muted">{lastStepText}</span>
          </span>
        )}
      </td>
      <td role="cell" className="scorecard__reported">
        {row.latestDate ? (
          formatDate(row.latestDate, lang)
        ) : (
          <span className="muted">{t('overview:scorecard.never')}</span>
        )}
        {row.freshness?.updateDue ? <span className="update-due"> · {t('overview:scorecard.updateDue')}</span> : null}
      </td>
    </>
  );
});

function bulletWords(entry: ScorecardRow, lang: Lang, t: TFunction<'overview'>): string {
  const { marks, row } = entry;
  const { commitment } = row.program;
  const share = (value: number) => formatRatio(value, lang);
  let words = t('overview:scorecard.bulletWords', { reported: share(marks.progress ?? 0) });
  if (marks.expected !== null && marks.band)
    words += t('overview:scorecard.bulletExpected', {
      expected: share(marks.expected),
      low: share(marks.band.low),
      high: share(marks.band.high),
    });
  const { measure } = kindOf(commitment);
  if (measure === 'level')
    words += t('overview:scorecard.bulletShare', { target: formatPercent(targetOf(commitment), lang) });
  if (measure === 'range')
    words += t('overview:scorecard.bulletRange', {
      range: formatPercentRange(lowerOf(commitment), targetOf(commitment), lang),
    });
  if (marks.comparison !== null)
    words += t('overview:scorecard.bulletComparison', { comparison: share(marks.comparison) });
  return words;
}

/** Position on the 0–100 drawing scale. */
const at = (value: number, marks: BulletMarks) => Math.max(0, Math.min(100, (value / marks.scaleMax) * 100));

/** The bullet graph: track, on-track band, ghost, reported bar, expected tick and target line. */
function BulletGlyph({ marks }: { marks: BulletMarks }) {
  return (
    <svg className={`bullet bullet--${marks.glyph}`} viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
      <rect className="bullet__track" x="0" y="0" width="100" height="12" />
      {marks.band ? (
        <rect
          className="bullet__band"
          x={at(marks.band.low, marks)}
          y="0"
          width={Math.max(0.5, at(marks.band.high, marks) - at(marks.band.low, marks))}
          height="12"
        />
      ) : null}
      {marks.comparison !== null ? (
        <rect className="bullet__ghost" x="0" y="2" width={at(marks.comparison, marks)} height="8" />
      ) : null}
      {marks.progress !== null ? (
        <rect className="bullet__bar" x="0" y="3.5" width={Math.max(0.5, at(marks.progress, marks))} height="5" />
      ) : null}
      {marks.expected !== null ? (
        <line
          className="bullet__expected"
          x1={at(marks.expected, marks)}
          x2={at(marks.expected, marks)}
          y1="0"
          y2="12"
        />
      ) : null}
      <line className="bullet__target" x1={at(1, marks)} x2={at(1, marks)} y1="0" y2="12" />
    </svg>
  );
}

/** A milestone pledge's ladder: one rung per step, filled when done, its words for a screen reader. */
function Ladder({ row, lang, asOf }: { row: ProgramRow; lang: Lang; asOf: string }) {
  const t = translatorFor(lang, ['overview', 'status']);
  const steps = milestoneLadder(row.program, asOf);
  const overdue = row.assessment.status === 'overdue';
  const words = steps
    .map(
      (step) =>
        `${localized(step.label, lang)}${step.date ? ` (${formatDate(step.date, lang)})` : ''}${
          step.done ? ` ${t('status:label.done')}` : ''
        }`,
    )
    .join(' · ');
  return (
    <span className="ladder">
      <span className="ladder__rungs" aria-hidden="true">
        {steps.map((step, index) => (
          <span
            key={index}
            className={`ladder__rung${step.done ? ' ladder__rung--done' : ''}${!step.done && overdue ? ' ladder__rung--late' : ''}`}
          />
        ))}
      </span>
      <span className="ladder__words" title={words}>
        {words}
      </span>
    </span>
  );
}
