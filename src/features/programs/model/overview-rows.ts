// Rows of the overview table: a program with its assessment and the names it is shown with,
// and the table's sort order. Pure; names are resolved by the caller's language.
import { collatorFor, compareCodePoints } from '../../../i18n/collate';
import { localized } from '../../../i18n/localized';
import { commitmentKinds, targetOf } from '../../../lib/commitment-kinds';
import type { Institution, LocalizedText, Program, Provenance, Strategy } from '../../../lib/schemas';
import { pledgeStatuses, type Lang } from '../../../lib/view-state';
import { latestPoint } from './progress';
import { withRolledUpProgress } from './rollup';
import { findDataProblems, withoutBadPoints, type DataProblem } from './data-problems';
import { assessProgram, type Assessment } from './status';
import { freshnessOf, lastStep, type DatedStep, type Freshness } from './freshness';

export interface ProgramRow {
  program: Program;
  assessment: Assessment;
  institutionNames: string;
  strategyName: string;
  parentName: string | null;
  /** Date of the latest reported figure, if any. */
  latestDate: string | null;
  /** Provenance of the latest progress figure (null: no data). */
  /** Cadence and whether an update is due by `today` (null: no cadence known). */
  freshness: Freshness | null;
  /** The last dated step the pledge took (for a pledge with no reading yet). */
  lastStep: DatedStep;
  /** Figures of this program that cannot be right (left out of status and charts). */
  problems: DataProblem[];
  dataProvenance: {
    provenance: Provenance;
    sourceIds: string[];
    basis?: LocalizedText | undefined;
    unverified?: boolean | undefined;
    recordedAt?: string | undefined;
  } | null;
}

export function buildProgramRows(
  programs: readonly Program[],
  institutions: readonly Institution[],
  strategies: readonly Strategy[],
  asOf: string,
  lang: Lang,
  /** The reader's date, for "update due" (the model reads no clock). */
  today: string = asOf,
): ProgramRow[] {
  const institutionById = new Map(institutions.map((item) => [item.id, item]));
  const strategyById = new Map(strategies.map((item) => [item.id, item]));
  const listedById = new Map(programs.map((item) => [item.id, item]));
  // Status, roll-ups and charts are computed without figures that cannot be right.
  const programById = new Map(programs.map((item) => [item.id, withoutBadPoints(item, asOf)]));
  return programs.map((listed) => {
    // A parent without reports of its own shows the sum of its children's (never both).
    const program = withRolledUpProgress(programById.get(listed.id) ?? listed, programById);
    const latest = latestPoint(program, asOf);
    const parent = program.parentId ? programById.get(program.parentId) : undefined;
    const strategy = strategyById.get(program.strategyId);
    return {
      program,
      assessment: assessProgram(program, asOf),
      institutionNames: program.institutionIds
        .map((id) => {
          const institution = institutionById.get(id);
          return institution ? localized(institution.name, lang) : id;
        })
        .join(', '),
      strategyName: strategy ? localized(strategy.name, lang) : program.strategyId,
      parentName: parent ? localized(parent.name, lang) : null,
      latestDate: latest?.date ?? null,
      freshness: freshnessOf(program, asOf, today),
      lastStep: lastStep(program, asOf),
      problems: findDataProblems(listed, listedById, asOf),
      dataProvenance: latest
        ? {
            provenance: latest.provenance,
            sourceIds: latest.sourceIds,
            basis: latest.basis,
            unverified: latest.unverified,
            recordedAt: latest.recordedAt,
          }
        : null,
    };
  });
}

export type SortKey = 'name' | 'institution' | 'strategy' | 'commitment' | 'progress' | 'status' | 'gap' | 'asOf';

/** The gap to the expected pace as a share of the target (negative = behind); null when none is judged. */
export function gapShareOf(row: ProgramRow): number | null {
  const { gap } = row.assessment;
  const target = targetOf(row.program.commitment);
  return gap === null || target <= 0 ? null : gap / target;
}
export interface SortState {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/** By kind (in the registry's order), then by target. */
function commitmentSortValue(program: Program): [number, number] {
  const { commitment } = program;
  return [commitmentKinds.indexOf(commitment.kind), targetOf(commitment)];
}

function progressSortValue(row: ProgramRow): number {
  const ratio = row.assessment.progress.kind === 'measured' ? row.assessment.progress.ratio : null;
  return ratio ?? -1;
}

/** Stable sort; ties keep parents before their children (dataset order). */
export function sortRows(rows: readonly ProgramRow[], sort: SortState, lang: Lang): ProgramRow[] {
  const collator = collatorFor(lang);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: ProgramRow, b: ProgramRow): number => {
    switch (sort.key) {
      case 'name':
        return collator.compare(localized(a.program.name, lang), localized(b.program.name, lang));
      case 'institution':
        return collator.compare(a.institutionNames, b.institutionNames);
      case 'strategy':
        return collator.compare(a.strategyName, b.strategyName);
      case 'commitment': {
        const [kindA, valueA] = commitmentSortValue(a.program);
        const [kindB, valueB] = commitmentSortValue(b.program);
        return kindA - kindB || valueA - valueB;
      }
      case 'progress':
        return progressSortValue(a) - progressSortValue(b);
      case 'status':
        return pledgeStatuses.indexOf(a.assessment.status) - pledgeStatuses.indexOf(b.assessment.status);
      case 'gap':
        return (gapShareOf(a) ?? 0) - (gapShareOf(b) ?? 0);
      case 'asOf':
        return compareCodePoints(a.latestDate ?? '', b.latestDate ?? '');
    }
  };
  // By gap, a pledge with none judged sorts last either way (furthest behind first, ascending).
  const noGap = (row: ProgramRow) => (sort.key === 'gap' && gapShareOf(row) === null ? 1 : 0);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => noGap(a.row) - noGap(b.row) || sign * compare(a.row, b.row) || a.index - b.index)
    .map((entry) => entry.row);
}
