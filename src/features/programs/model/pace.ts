// What a program should have reached by a date: linear over its period, or following the
// annual plans it declared. Expected amounts are rounded to whole units (억) once, here.
import { targetOf } from '../../../lib/commitment-kinds';
import type { Program } from '../../../lib/schemas';
import { dayNumber, fractionElapsed, maxDate, minDate, yearOf } from './dates';

export type PaceBasis = 'linear' | 'annual-plan';

export interface Pace {
  expected: number;
  basis: PaceBasis;
  asOf: string;
}

function daysInside(from: string, to: string): number {
  return to < from ? 0 : dayNumber(to) - dayNumber(from) + 1;
}

/**
 * Linear: target × share of the period elapsed.
 * Annual plan: each planned year contributes its plan, spread evenly over its days; the
 * target not covered by plans is spread evenly over the days of the unplanned years.
 * Always within [0, target] and never decreasing in `asOf`.
 */
export function expectedAt(program: Program, asOf: string): Pace {
  const target = targetOf(program.commitment);
  const { period } = program;
  const plans = program.plans.filter((plan) => plan.year >= yearOf(period.start) && plan.year <= yearOf(period.end));
  if (plans.length === 0) {
    return {
      expected: Math.round(target * fractionElapsed(period, asOf)),
      basis: 'linear',
      asOf,
    };
  }
  const planned = new Map(plans.map((plan) => [plan.year, plan.value]));
  const plannedTotal = Math.min(
    target,
    plans.reduce((sum, plan) => sum + plan.value, 0),
  );
  let unplannedDays = 0;
  for (let year = yearOf(period.start); year <= yearOf(period.end); year += 1) {
    if (!planned.has(year)) unplannedDays += yearDays(year, period);
  }
  const perUnplannedDay = unplannedDays > 0 ? (target - plannedTotal) / unplannedDays : 0;
  let expected = 0;
  for (let year = yearOf(period.start); year <= yearOf(period.end); year += 1) {
    const days = yearDays(year, period);
    if (days === 0) continue;
    const from = maxDate(`${year}-01-01`, period.start);
    const to = minDate(`${year}-12-31`, period.end);
    const elapsed = daysInside(from, minDate(asOf, to));
    const plan = planned.get(year);
    expected += plan !== undefined ? (plan * elapsed) / days : perUnplannedDay * elapsed;
  }
  return {
    expected: Math.min(target, Math.max(0, Math.round(expected))),
    basis: 'annual-plan',
    asOf,
  };
}

function yearDays(year: number, period: { start: string; end: string }): number {
  return daysInside(maxDate(`${year}-01-01`, period.start), minDate(`${year}-12-31`, period.end));
}
