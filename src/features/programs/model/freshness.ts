// When a pledge was last reported, whether an update is due for its cadence, and the last
// dated step it took. A late update is its own fact ("update due since …"): it never changes
// the pledge's status (a missed deadline is a milestone's "overdue", nothing else).
import type { Program, Reporting } from '../../../lib/schemas';
import { addMonths, endOfMonth } from './dates';

/** Months between readings for each cadence. */
const CADENCE_MONTHS = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 } as const;

/** Time a publisher takes after a period ends, assumed for every cadence (stated in the method). */
export const PUBLICATION_LAG_MONTHS = 1;

export interface Freshness {
  /** Date of the latest reading on or before `asOf`, or null. */
  lastReported: string | null;
  cadence: Reporting['cadence'];
  /** True when no source states the cadence (it is an assumption, said so). */
  cadenceAssumed: boolean;
  /** The date by which the next reading was due, or null without a cadence. */
  nextDue: string | null;
  /** True when `nextDue` has passed by `today`. */
  updateDue: boolean;
}

/**
 * `today` is the reader's date (the app passes it; the model never reads a clock). The next
 * reading is due one cadence after the period the last reading describes, plus the publication
 * lag; with no reading yet, one cadence after the period started.
 */
export function freshnessOf(program: Program, asOf: string, today: string): Freshness | null {
  const reporting = program.reporting;
  if (!reporting) return null;
  const lastReported =
    program.progress
      .filter((point) => point.date <= asOf)
      .map((point) => point.date)
      .sort()
      .at(-1) ?? null;
  const from = lastReported ?? program.period.start;
  const nextDue = endOfMonth(addMonths(from, CADENCE_MONTHS[reporting.cadence] + PUBLICATION_LAG_MONTHS));
  return {
    lastReported,
    cadence: reporting.cadence,
    cadenceAssumed: reporting.assumption !== undefined,
    nextDue,
    updateDue: nextDue < today,
  };
}

export interface DatedStep {
  date: string;
  label: Program['name'];
}

/** The last dated step a pledge took by `asOf` (an event, a milestone done, or its announcement). */
export function lastStep(program: Program, asOf: string): DatedStep {
  let step: DatedStep = { date: program.announced, label: { ko: '발표', en: 'Announced' } };
  for (const event of program.events ?? []) {
    if (event.date <= asOf && event.date >= step.date) step = { date: event.date, label: event.label };
  }
  for (const milestone of program.milestones) {
    if (milestone.doneDate && milestone.doneDate <= asOf && milestone.doneDate >= step.date)
      step = { date: milestone.doneDate, label: milestone.label };
  }
  return step;
}
