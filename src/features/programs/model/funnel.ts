// Pledged → planned (declared annual plans) → executed (reported), over a selection, each won
// counted once: plans and reports are taken from the top-most selected program of each tree,
// or from its descendants when it declares none itself (never both).
import type { Program } from '../../../lib/schemas';
import { yearOf } from './dates';
import { committedTotals, reportedTotals, topLevelSelection } from './rollup';

export interface Funnel {
  year: number;
  pledged: number;
  /** Planned for `year` by the programs that declared a plan; null when none did. */
  planned: number | null;
  executed: number;
}

/** A program's plan for a year: its own, else the sum of its children's; null when none. */
export function plannedFor(
  program: Program,
  byId: ReadonlyMap<string, Program>,
  year: number,
  depth = 0,
): number | null {
  const own = program.plans.find((plan) => plan.year === year);
  if (own) return own.value;
  if (depth > 20) return null;
  let total: number | null = null;
  for (const childId of program.childIds) {
    const child = byId.get(childId);
    const value = child ? plannedFor(child, byId, year, depth + 1) : null;
    if (value !== null) total = (total ?? 0) + value;
  }
  return total;
}

/** Declared plans for `year` over a selection, each won once; null when no program declared one. */
export function plannedTotal(programs: readonly Program[], selectedIds: ReadonlySet<string>, year: number) {
  const byId = new Map(programs.map((program) => [program.id, program]));
  let planned: number | null = null;
  for (const root of topLevelSelection(programs, selectedIds)) {
    if (root.commitment.kind !== 'amount') continue;
    const value = plannedFor(root, byId, year);
    if (value !== null) planned = (planned ?? 0) + value;
  }
  return planned;
}

export function funnel(programs: readonly Program[], selectedIds: ReadonlySet<string>, asOf: string): Funnel {
  const year = yearOf(asOf);
  return {
    year,
    pledged: committedTotals(programs, selectedIds).net,
    planned: plannedTotal(programs, selectedIds, year),
    executed: reportedTotals(programs, selectedIds, asOf).net,
  };
}
