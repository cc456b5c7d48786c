// Rules beyond the schema, written once: `npm run data:check` runs them over the dataset file
// (and fails the build), and the app runs the reading rules on whatever a live API sends, so an
// impossible figure is shown as a data problem on that figure and never drawn as normal.
// Pure: no clock, no DOM.
import type { Indicator, IndicatorPoint, Program, ProgressPoint } from './schemas';

/** Dates a reading may describe. Before 2000 or after 2100 is a typo (1900, 2999), not data. */
export const PLAUSIBLE_READING_DATES = { from: '2000-01-01', to: '2100-12-31' } as const;
/** Dated context (the KDI history) may reach back further. */
export const PLAUSIBLE_EVENT_DATES = { from: '1945-01-01', to: '2100-12-31' } as const;
/** A reading this many times the previous one (or its inverse) is a 조/억 slip unless flagged. */
export const JUMP_FACTOR = 10;

export type ReadingProblem =
  | { code: 'implausible-date'; date: string }
  | { code: 'after-as-of'; date: string; asOf: string }
  | { code: 'negative'; date: string; value: number }
  | { code: 'jump'; date: string; value: number; previous: number };

interface Reading {
  date: string;
  value: number;
  /** A jump is accepted when the figure says it is doubtful or disputed. */
  flagged?: boolean;
}

export interface ReadingRules {
  /** Nothing may describe a date after the dataset's "data as of". */
  asOf: string;
  /** Balances, cumulative amounts and counts cannot be negative (a change can). */
  nonNegative: boolean;
  /** Levels and cumulative readings are compared with the previous one for ×10 jumps. */
  checkJumps: boolean;
}

/** Problems of each reading of one series, in date order; a reading with none is sound. */
export function readingProblems(readings: readonly Reading[], rules: ReadingRules): Map<number, ReadingProblem> {
  const problems = new Map<number, ReadingProblem>();
  const order = readings.map((_, index) => index).sort((a, b) => cmp(readings[a]?.date, readings[b]?.date));
  let previous: Reading | null = null;
  for (const index of order) {
    const reading = readings[index];
    if (!reading) continue;
    const problem = problemOf(reading, previous, rules);
    if (problem) {
      problems.set(index, problem);
      continue; // a bad reading is not the base the next one is compared with
    }
    previous = reading;
  }
  return problems;
}

function cmp(a: string | undefined, b: string | undefined): number {
  return (a ?? '').localeCompare(b ?? '');
}

function problemOf(reading: Reading, previous: Reading | null, rules: ReadingRules): ReadingProblem | null {
  const { date, value } = reading;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < PLAUSIBLE_READING_DATES.from || date > PLAUSIBLE_READING_DATES.to)
    return { code: 'implausible-date', date };
  if (date > rules.asOf) return { code: 'after-as-of', date, asOf: rules.asOf };
  if (!Number.isFinite(value) || (rules.nonNegative && value < 0)) return { code: 'negative', date, value };
  if (rules.checkJumps && previous && !reading.flagged && isJump(previous.value, value))
    return { code: 'jump', date, value, previous: previous.value };
  return null;
}

function isJump(previous: number, value: number): boolean {
  if (previous <= 0 || value <= 0) return false;
  return value >= previous * JUMP_FACTOR || value * JUMP_FACTOR <= previous;
}

/** A progress point is flagged when it says it is unverified. */
function progressReading(point: ProgressPoint): Reading {
  return { date: point.date, value: point.value, flagged: point.unverified === true };
}

function indicatorReading(point: IndicatorPoint): Reading {
  return { date: point.date, value: point.value, flagged: point.unverified === true || point.dispute !== undefined };
}

/** Problems of a program's progress readings (cumulative: never negative; jumps checked per basis). */
export function programReadingProblems(program: Program, asOf: string): Map<ProgressPoint, ReadingProblem> {
  const out = new Map<ProgressPoint, ReadingProblem>();
  const bases = new Map<string, ProgressPoint[]>();
  for (const point of program.progress) {
    const key = point.moneyBasis ?? 'disbursed';
    const held = bases.get(key);
    if (held) held.push(point);
    else bases.set(key, [point]);
  }
  // The kinds whose measure is 'cumulative' (lib/commitment-kinds, checked by its unit test):
  // named here so the indicator panel's chunk, which loads this file, does not load the registry.
  const cumulative = program.commitment.kind === 'amount' || program.commitment.kind === 'count';
  for (const points of bases.values()) {
    const problems = readingProblems(points.map(progressReading), {
      asOf,
      nonNegative: true,
      checkJumps: cumulative,
    });
    for (const [index, problem] of problems) {
      const point = points[index];
      if (point) out.set(point, problem);
    }
  }
  return out;
}

/** Problems of an indicator's points, per series: levels cannot be negative, changes can. */
export function indicatorReadingProblems(indicator: Indicator, asOf: string): Map<IndicatorPoint, ReadingProblem> {
  const out = new Map<IndicatorPoint, ReadingProblem>();
  for (const series of indicator.series) {
    // Intra-month readings sit between month ends: compare like with like.
    const groups = new Map<string, IndicatorPoint[]>();
    // (Appended in place: copying the group for every point made 100,000 points take minutes.)
    for (const point of series.points) {
      const held = groups.get(point.kind);
      if (held) held.push(point);
      else groups.set(point.kind, [point]);
    }
    for (const points of groups.values()) {
      const problems = readingProblems(points.map(indicatorReading), {
        asOf,
        nonNegative: indicator.measure === 'level',
        checkJumps: indicator.measure === 'level',
      });
      for (const [index, problem] of problems) {
        const point = points[index];
        if (point) out.set(point, problem);
      }
    }
  }
  return out;
}

export interface Violation {
  /** Where in the dataset, e.g. programs[ngf-total].progress[0]. */
  path: string;
  message: string;
}

/** The dataset-wide rules of `npm run data:check` (the schema has passed already). */
export function checkDataset(data: {
  asOf: string;
  programs: readonly Program[];
  indicators: readonly Indicator[];
  knownSourceIds: ReadonlySet<string>;
  /** Dated context (timeline) events. */
  timeline?: readonly { date: string; sourceIds: readonly string[] }[];
}): Violation[] {
  const violations: Violation[] = [];
  const ids = new Set(data.programs.map((program) => program.id));
  const newest: string[] = [];
  const figure = (path: string, item: { provenance: string; sourceIds: readonly string[] }) => {
    if (item.provenance === 'illustrative') return;
    if (item.sourceIds.length === 0) violations.push({ path, message: 'a figure without a source' });
    for (const id of item.sourceIds)
      if (!data.knownSourceIds.has(id)) violations.push({ path, message: `unknown source "${id}"` });
  };
  const reading = (path: string, problem: ReadingProblem | undefined) => {
    if (problem) violations.push({ path, message: describeProblem(problem) });
  };
  for (const program of data.programs) {
    const at = `programs[${program.id}]`;
    figure(`${at}.commitmentFigure`, program.commitmentFigure);
    const problems = programReadingProblems(program, data.asOf);
    program.progress.forEach((point, index) => {
      figure(`${at}.progress[${index}]`, point);
      reading(`${at}.progress[${index}] (${point.date})`, problems.get(point));
      if (point.provenance === 'illustrative')
        violations.push({
          path: `${at}.progress[${index}]`,
          message: 'illustrative progress belongs in the demo dataset',
        });
      if (point.provenance !== 'illustrative') newest.push(point.date);
    });
    program.plans.forEach((plan, index) => {
      figure(`${at}.plans[${index}]`, plan);
      for (const overlap of plan.overlaps ?? [])
        if (!ids.has(overlap.programId))
          violations.push({
            path: `${at}.plans[${index}].overlaps`,
            message: `unknown program "${overlap.programId}"`,
          });
    });
    program.milestones.forEach((milestone, index) => {
      figure(`${at}.milestones[${index}]`, milestone);
      if (milestone.doneDate) newest.push(milestone.doneDate);
    });
    (program.events ?? []).forEach((event, index) => {
      figure(`${at}.events[${index}]`, event);
      if (event.date < PLAUSIBLE_EVENT_DATES.from || event.date > PLAUSIBLE_EVENT_DATES.to)
        violations.push({ path: `${at}.events[${index}]`, message: `implausible date ${event.date}` });
      else if (event.date > data.asOf)
        violations.push({
          path: `${at}.events[${index}]`,
          message: `dated ${event.date}, after the as-of ${data.asOf}`,
        });
      if (event.provenance !== 'illustrative') newest.push(event.date);
    });
    for (const overlap of program.overlaps)
      if (!ids.has(overlap.programId))
        violations.push({ path: `${at}.overlaps`, message: `points at unknown program "${overlap.programId}"` });
    if (program.commitment.kind === 'amount' && program.disputes.length === 0) {
      const children = data.programs.filter((child) => child.parentId === program.id);
      const sum = children.reduce(
        (total, child) => total + (child.commitment.kind === 'amount' ? child.commitment.targetEok : 0),
        0,
      );
      if (sum > program.commitment.targetEok)
        violations.push({
          path: at,
          message: `its parts add to ${sum}억, more than its ${program.commitment.targetEok}억, and no dispute says why`,
        });
    }
    if (program.parentId && !ids.has(program.parentId))
      violations.push({ path: `${at}.parentId`, message: `unknown parent "${program.parentId}"` });
  }
  for (const indicator of data.indicators) {
    const problems = indicatorReadingProblems(indicator, data.asOf);
    indicator.series.forEach((series) =>
      series.points.forEach((point, index) => {
        const path = `indicators[${indicator.id}].series[${series.id}].points[${index}] (${point.date})`;
        figure(path, point);
        reading(path, problems.get(point));
        if (point.provenance !== 'illustrative') newest.push(point.date);
      }),
    );
  }
  for (const [index, event] of (data.timeline ?? []).entries()) {
    if (event.date < PLAUSIBLE_EVENT_DATES.from || event.date > PLAUSIBLE_EVENT_DATES.to)
      violations.push({ path: `timeline[${index}]`, message: `implausible date ${event.date}` });
    if (event.sourceIds.length === 0) violations.push({ path: `timeline[${index}]`, message: 'no source' });
  }
  const latest = newest.sort().at(-1);
  if (latest && latest !== data.asOf)
    violations.push({
      path: 'meta.asOf',
      message: `is ${data.asOf} but the newest reported date is ${latest}: "data as of" must be the newest date a reported figure describes`,
    });
  return violations;
}

export function describeProblem(problem: ReadingProblem): string {
  switch (problem.code) {
    case 'implausible-date':
      return `implausible date ${problem.date}`;
    case 'after-as-of':
      return `dated ${problem.date}, after the as-of ${problem.asOf}`;
    case 'negative':
      return `negative or unreadable value ${problem.value}`;
    case 'jump':
      return `${problem.value} is ×${JUMP_FACTOR} or more against the previous ${problem.previous} (a 조/억 slip?) and is not flagged`;
  }
}
