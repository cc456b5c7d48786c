// The comparison vintage (the previous briefing unless the view names one) and each pledge's
// value there: the ghost marks of the scorecard's bullet graphs. Pure.
import type { Vintage } from '../../../lib/vintages';
import type { VintageView } from './digest';
import { computeProgress } from './progress';

/** The comparison vintage: the one asked for, else the newest before the latest. */
export function pickComparison(vintages: readonly Vintage[], asked: string | null): Vintage | null {
  const earlier = vintages.filter((vintage) => !vintage.latest);
  return earlier.find((vintage) => vintage.id === asked) ?? earlier[0] ?? null;
}

/**
 * Each program's value at the comparison vintage (the latest reading by that vintage's asOf).
 * Programs without a measured value there are absent.
 */
export function comparisonValues(comparison: VintageView): Map<string, number> {
  const values = new Map<string, number>();
  for (const program of comparison.programs) {
    const progress = computeProgress(program, comparison.meta.asOf);
    if (progress.kind === 'measured') values.set(program.id, progress.current);
  }
  return values;
}
