// The marks of a scorecard's bullet graph, as fractions of the pledge's target (1 = the target):
// the reported progress, the expected-by-now mark, the grace band around it and an optional
// comparison ("ghost") value. Pure: the component only draws what this returns.
import { kindOf, lowerOf, targetOf } from '../../../lib/commitment-kinds';
import type { Program } from '../../../lib/schemas';
import { DEFAULT_GRACE_BAND, type Assessment } from './status';

export interface BulletMarks {
  /** Which glyph fits the commitment. */
  glyph: 'bar' | 'share' | 'range' | 'none';
  /** Reported progress (null: no reported figure). */
  progress: number | null;
  /** Expected by the date judged at (amounts and counts). */
  expected: number | null;
  /** The grace band: inside it the pledge is on track. */
  band: { low: number; high: number } | null;
  /** The value at the comparison vintage, when one is given. */
  comparison: number | null;
  /** The right end of the scale (≥ 1, so a value past the target still shows). */
  scaleMax: number;
}

function fraction(value: number, target: number): number {
  return target > 0 ? value / target : 0;
}

/** A scale end that holds every mark: the target, or a little past the largest value. */
function scaleEnd(values: readonly (number | null)[], minimum: number): number {
  const largest = Math.max(minimum, ...values.filter((value): value is number => value !== null));
  return largest <= minimum ? minimum : Math.ceil(largest * 10) / 10;
}

/**
 * The bullet's marks for one pledge. `comparison` is a value in the commitment's own unit
 * (억원, units, percent) at another vintage; it is drawn as a ghost bar.
 */
export function bulletMarks(
  program: Program,
  assessment: Assessment,
  options: { comparison?: number | undefined; graceBand?: number } = {},
): BulletMarks {
  const graceBand = options.graceBand ?? DEFAULT_GRACE_BAND;
  const { commitment } = program;
  const { progress, pace } = assessment;
  const current = progress.kind === 'measured' ? progress.current : null;
  switch (kindOf(commitment).measure) {
    case 'cumulative': {
      const target = targetOf(commitment);
      const reported = current === null ? null : fraction(current, target);
      const comparison = options.comparison === undefined ? null : fraction(options.comparison, target);
      // The same band compareToPace judges with.
      const expected = pace ? fraction(pace.expected, target) : null;
      const band =
        pace && expected !== null
          ? (() => {
              const half = fraction(Math.max(graceBand * pace.expected, 0.01 * target), target);
              return { low: Math.max(0, expected - half), high: expected + half };
            })()
          : null;
      return {
        glyph: reported === null ? 'none' : 'bar',
        progress: reported,
        expected,
        band,
        comparison,
        scaleMax: scaleEnd([reported, comparison, band?.high ?? null], 1),
      };
    }
    case 'level': {
      // A share is drawn on its own 0–100 % scale, against its target line at 1.
      const target = targetOf(commitment);
      const reported = current === null ? null : fraction(current, target);
      const comparison = options.comparison === undefined ? null : fraction(options.comparison, target);
      return {
        glyph: reported === null ? 'none' : 'share',
        progress: reported,
        expected: null,
        band: { low: 1 - graceBand, high: 1 },
        comparison,
        scaleMax: fraction(100, target),
      };
    }
    case 'range': {
      // The promised discount range, with its top as 1.
      const top = targetOf(commitment);
      const reported = current === null ? null : fraction(current, top);
      const comparison = options.comparison === undefined ? null : fraction(options.comparison, top);
      return {
        glyph: reported === null ? 'none' : 'range',
        progress: reported,
        expected: null,
        band: { low: fraction(lowerOf(commitment), top), high: 1 },
        comparison,
        scaleMax: scaleEnd([reported, comparison], 1.25),
      };
    }
    case 'milestones':
      return { glyph: 'none', progress: null, expected: null, band: null, comparison: null, scaleMax: 1 };
  }
}

export interface LadderStep {
  done: boolean;
  /** The done date, or the due date while not done. */
  date: string | null;
  label: Program['name'];
}

/** A milestone pledge's steps in order of date: done ones first, then those still due. */
export function milestoneLadder(program: Program, asOf: string): LadderStep[] {
  return program.milestones
    .map((milestone) => {
      const done = !!milestone.doneDate && milestone.doneDate <= asOf;
      return { done, date: (done ? milestone.doneDate : milestone.dueDate) ?? null, label: milestone.label };
    })
    .sort((a, b) => Number(b.done) - Number(a.done) || (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}
