// The overview's headline figures for the programs a view shows, all read off one ledger.
import { kindOf } from '../../../lib/commitment-kinds';
import type { MoneyBasis, Program } from '../../../lib/schemas';
import type { PledgeStatus } from '../../../lib/view-state';
import type { ProgramRow } from './overview-rows';
import { yearOf } from './dates';
import {
  commitmentBasis,
  committedLedger,
  planTally,
  programsById,
  reportedLedgers,
  type Ledger,
  type PlanTally,
  type ReportedLedger,
} from './ledger';

/** The policy track holding the five financial groups' five-year pledges (508조). */
export const GROUP_PLEDGES_STRATEGY = 'pf-group-pledges';

export interface OverviewTotals {
  byStatus: Map<PledgeStatus, number>;
  /** The five groups' pledges in all, whatever the filters (each won once). */
  groupsPledged: number;
  /** Committed money over the shown pledges, each won once. */
  committed: Ledger;
  /** The counted commitments split by kind of money (pledged supply, fund size), before shared money. */
  committedByBasis: { basis: MoneyBasis; value: number; count: number }[];
  /** Reported money, one ledger per kind (approved, disbursed, balance): never added together. */
  reported: ReportedLedger[];
  /** True when any reading behind `reported` is illustrative (the demo dataset). */
  reportedIllustrative: boolean;
  /** Declared annual plans for the as-of year over the shown pledges (each won once). */
  planned: PlanTally;
  /** Shown pledges with no reported figure at all yet. */
  withoutReading: number;
  /** Shown pledges in all. */
  shown: number;
}

/** The five groups' pledges in all, whatever the filters: once per dataset. */
const groupsPledgedBy = new WeakMap<readonly Program[], number>();

function groupsPledgedOf(all: readonly Program[]): number {
  let pledged = groupsPledgedBy.get(all);
  if (pledged === undefined) {
    const groupIds = new Set(
      all.filter((program) => program.strategyId === GROUP_PLEDGES_STRATEGY).map((program) => program.id),
    );
    pledged = committedLedger(all, groupIds).net;
    groupsPledgedBy.set(all, pledged);
  }
  return pledged;
}

/**
 * `all` is every program of the dataset as the rows carry it (with rolled-up progress) and
 * the same array on every call, so its lookups are built once; `shown` is what the filters leave.
 */
export function computeOverviewTotals(
  all: readonly Program[],
  shown: readonly ProgramRow[],
  asOf: string,
): OverviewTotals {
  const byStatus = new Map<PledgeStatus, number>();
  for (const row of shown) byStatus.set(row.assessment.status, (byStatus.get(row.assessment.status) ?? 0) + 1);
  const shownIds = new Set(shown.map((row) => row.program.id));
  const byId = programsById(all);
  const committed = committedLedger(all, shownIds);
  const byBasis = new Map<MoneyBasis, { value: number; count: number }>();
  for (const id of committed.counted) {
    const program = byId.get(id);
    const basis = program ? commitmentBasis(program) : null;
    if (!program || !basis) continue;
    const entry = byBasis.get(basis) ?? { value: 0, count: 0 };
    entry.value += committed.valueOf.get(id) ?? 0;
    entry.count += 1;
    byBasis.set(basis, entry);
  }
  const reported = reportedLedgers(all, shownIds, asOf);
  const counted = new Set(
    reported.flatMap((ledger) => ledger.counted.filter((id) => (ledger.valueOf.get(id) ?? 0) > 0)),
  );
  return {
    byStatus,
    groupsPledged: groupsPledgedOf(all),
    committed,
    committedByBasis: [...byBasis].map(([basis, entry]) => ({ basis, ...entry })),
    reported,
    planned: planTally(all, shownIds, yearOf(asOf)),
    reportedIllustrative: shown.some(
      (row) => counted.has(row.program.id) && row.program.progress.some((point) => point.provenance === 'illustrative'),
    ),
    withoutReading: shown.filter(
      (row) => row.latestDate === null && kindOf(row.program.commitment).measure !== 'milestones',
    ).length,
    shown: shown.length,
  };
}
