// The overview's headline figures for the programs a view shows.
import type { Program } from '../../../lib/schemas';
import type { PledgeStatus } from '../../../lib/view-state';
import type { ProgramRow } from './overview-rows';
import { yearOf } from './dates';
import { plannedTotal } from './funnel';
import { committedTotals, reportedTotals, type Totals } from './rollup';

/** The policy track holding the five financial groups' five-year pledges (508조). */
export const GROUP_PLEDGES_STRATEGY = 'pf-group-pledges';

export interface OverviewTotals {
  byStatus: Map<PledgeStatus, number>;
  /** The five groups' pledges in all, whatever the filters (each won once). */
  groupsPledged: number;
  committed: Totals;
  reported: Totals;
  /** True when any reported figure behind `reported` is illustrative. */
  reportedIllustrative: boolean;
  /** Declared annual plans for the as-of year over the shown pledges (each won once). */
  planned: { year: number; value: number | null };
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
  const groupIds = new Set(
    all.filter((program) => program.strategyId === GROUP_PLEDGES_STRATEGY).map((program) => program.id),
  );
  const reported = reportedTotals(all, shownIds, asOf);
  const counted = new Set(reported.counted);
  return {
    byStatus,
    groupsPledged: committedTotals(all, groupIds).net,
    committed: committedTotals(all, shownIds),
    reported,
    planned: { year: yearOf(asOf), value: plannedTotal(all, shownIds, yearOf(asOf)) },
    reportedIllustrative: shown.some(
      (row) => counted.has(row.program.id) && row.dataProvenance?.provenance === 'illustrative',
    ),
  };
}
