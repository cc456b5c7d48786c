// The scorecard's rows: the top-level pledges of the selection, grouped by what can be said
// about them and sorted by what needs attention (furthest behind first). Pure.
import { collatorFor, compareCodePoints } from '../../../i18n/collate';
import { localized } from '../../../i18n/localized';
import { kindOf } from '../../../lib/commitment-kinds';
import type { Lang } from '../../../lib/view-state';
import { bulletMarks, type BulletMarks } from './bullet';
import { topLevelSelection } from './ledger';
import { gapShareOf, type ProgramRow } from './overview-rows';

/** Judged pledges first; "too early" and "no reported figure yet" apart; steps (milestones) last. */
export const scorecardGroups = ['judged', 'too-early', 'no-data', 'steps'] as const;
export type ScorecardGroup = (typeof scorecardGroups)[number];

export interface ScorecardRow {
  row: ProgramRow;
  group: ScorecardGroup;
  marks: BulletMarks;
  /** The gap as a share of the target (negative = behind), or null when none is judged. */
  gapShare: number | null;
}

export type ScorecardSortKey = 'attention' | 'name' | 'owner' | 'gap' | 'reported';
export interface ScorecardSort {
  key: ScorecardSortKey;
  direction: 'ascending' | 'descending';
}
export const defaultScorecardSort: ScorecardSort = { key: 'attention', direction: 'ascending' };

function groupOf(row: ProgramRow): ScorecardGroup {
  if (kindOf(row.program.commitment).measure === 'milestones') return 'steps';
  const { status } = row.assessment;
  if (status === 'too-early') return 'too-early';
  if (status === 'no-data' || status === 'not-started') return 'no-data';
  return 'judged';
}

/** Attention rank inside a group: behind and overdue first, then on track, then ahead and done. */
const attentionRank: Record<string, number> = {
  overdue: 0,
  behind: 0,
  'on-track': 1,
  pending: 2,
  ahead: 3,
  achieved: 4,
  done: 4,
  'too-early': 5,
  'not-started': 6,
  'no-data': 7,
};

/**
 * Every pledge's scorecard entry (its group, bullet marks and gap), by program id. Built once per
 * dataset and comparison: a filter change then picks entries instead of building them, and the
 * scorecard's memoised lines keep the ones that stay.
 */
export function scorecardEntries(
  rows: readonly ProgramRow[],
  comparisons: ReadonlyMap<string, number> = new Map(),
): Map<string, ScorecardRow> {
  return new Map(
    rows.map((row) => [
      row.program.id,
      {
        row,
        group: groupOf(row),
        marks: bulletMarks(row.program, row.assessment, { comparison: comparisons.get(row.program.id) }),
        gapShare: gapShareOf(row),
      },
    ]),
  );
}

/** The rows of the scorecard: the pledges none of whose ancestors is shown. */
export function buildScorecardRows(
  rows: readonly ProgramRow[],
  shownIds: ReadonlySet<string>,
  entries: ReadonlyMap<string, ScorecardRow> = scorecardEntries(rows, new Map()),
): ScorecardRow[] {
  const programs = rows.map((row) => row.program);
  return topLevelSelection(programs, shownIds).flatMap((program) => {
    const entry = entries.get(program.id);
    return entry ? [entry] : [];
  });
}

/** Stable sort inside each group; the groups keep their order whatever the key. */
export function sortScorecard(rows: readonly ScorecardRow[], sort: ScorecardSort, lang: Lang): ScorecardRow[] {
  // Only a sort by name or owner needs the collator (costly to make the first time).
  const collate = (a: string, b: string) => collatorFor(lang).compare(a, b);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byAttention = (a: ScorecardRow, b: ScorecardRow) =>
    (attentionRank[a.row.assessment.status] ?? 9) - (attentionRank[b.row.assessment.status] ?? 9) ||
    (a.gapShare ?? 0) - (b.gapShare ?? 0);
  const compare = (a: ScorecardRow, b: ScorecardRow): number => {
    switch (sort.key) {
      case 'attention':
        return byAttention(a, b);
      case 'name':
        return collate(localized(a.row.program.name, lang), localized(b.row.program.name, lang));
      case 'owner':
        return collate(a.row.institutionNames, b.row.institutionNames);
      case 'gap':
        // Rows without a gap sort last either way.
        if (a.gapShare === null || b.gapShare === null) return 0;
        return a.gapShare - b.gapShare;
      case 'reported':
        // ISO dates: their text order is their order in time.
        return compareCodePoints(a.row.latestDate ?? '', b.row.latestDate ?? '');
    }
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const group = scorecardGroups.indexOf(a.row.group) - scorecardGroups.indexOf(b.row.group);
      if (group !== 0) return group;
      if (sort.key === 'gap' && (a.row.gapShare === null) !== (b.row.gapShare === null))
        return a.row.gapShare === null ? 1 : -1;
      return sign * compare(a.row, b.row) || a.index - b.index;
    })
    .map((entry) => entry.row);
}
