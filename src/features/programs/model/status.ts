// One status taxonomy for every kind of commitment, each with a structured reason the UI
// turns into a sentence. A grace band keeps a small wobble from flipping the status.
import { kindOf, lowerOf, targetOf } from '../../../lib/commitment-kinds';
import type { Program } from '../../../lib/schemas';
import { fractionElapsed } from './dates';
import type { PledgeStatus } from '../../../lib/view-state';
import { expectedAt, type Pace } from './pace';
import { computeProgress, type ProgramProgress } from './progress';

export type { PledgeStatus };

export const DEFAULT_GRACE_BAND = 0.1;

/**
 * A pace verdict needs enough of the period and enough readings behind it: before both
 * thresholds are met the pledge is "too early to judge", never "behind" (docs/method).
 */
export const TOO_EARLY = {
  /** Share of the period elapsed by the date of the latest reading. */
  minShareOfPeriod: 0.1,
  /** Readings dated on or before the as-of date. */
  minReadings: 2,
} as const;

export type StatusReason =
  | { code: 'not-started'; start: string; asOf: string }
  | { code: 'no-reported-data'; asOf: string }
  | { code: 'too-early'; reported: number; reportedDate: string; shareOfPeriod: number; readings: number }
  | { code: 'achieved'; reported: number; reportedDate: string; target: number }
  | {
      code: 'pace';
      expected: number;
      reported: number;
      reportedDate: string;
      asOf: string;
      gap: number;
      basis: Pace['basis'];
    }
  | { code: 'share'; reported: number; reportedDate: string; target: number }
  | {
      code: 'price-terms';
      reported: number;
      reportedDate: string;
      min: number;
      max: number;
    }
  | { code: 'milestone-done'; doneDate: string | null }
  | { code: 'milestone-overdue'; dueDate: string; asOf: string }
  | { code: 'milestone-pending'; dueDate: string | null }
  /** The due date is an assumption no source gives: never judged overdue. */
  | { code: 'milestone-assumed-due'; dueDate: string };

export interface Assessment {
  status: PledgeStatus;
  reason: StatusReason;
  progress: ProgramProgress;
  /** Expected by asOf (amounts and counts in progress only). */
  pace: Pace | null;
  /** reported − expected; negative = behind. */
  gap: number | null;
  /** The date the verdict was judged at (the latest reading's), or null when nothing was judged. */
  judgedAt: string | null;
}

/** Where `reported` sits against `expected`: inside the band around it is on track. */
export function compareToPace(reported: number, expected: number, target: number, graceBand: number): PledgeStatus {
  const band = Math.max(graceBand * expected, 0.01 * target);
  if (reported < expected - band) return 'behind';
  if (reported > expected + band) return 'ahead';
  return 'on-track';
}

export function assessProgram(program: Program, asOf: string, options: { graceBand?: number } = {}): Assessment {
  const assessment = judge(program, asOf, options.graceBand ?? DEFAULT_GRACE_BAND);
  const judgedAt = assessment.progress.kind === 'measured' ? assessment.progress.point.date : null;
  return { ...assessment, judgedAt };
}

function judge(program: Program, asOf: string, graceBand: number): Omit<Assessment, 'judgedAt'> {
  const progress = computeProgress(program, asOf);
  const { commitment } = program;

  if (progress.kind === 'milestone') {
    if (progress.done)
      return {
        status: 'done',
        reason: { code: 'milestone-done', doneDate: progress.doneDate },
        progress,
        pace: null,
        gap: null,
      };
    const assumed = program.milestones.some((milestone) => milestone.dueDateAssumption && !milestone.doneDate);
    if (progress.dueDate && assumed) {
      return {
        status: 'pending',
        reason: { code: 'milestone-assumed-due', dueDate: progress.dueDate },
        progress,
        pace: null,
        gap: null,
      };
    }
    if (progress.dueDate && progress.dueDate < asOf) {
      return {
        status: 'overdue',
        reason: { code: 'milestone-overdue', dueDate: progress.dueDate, asOf },
        progress,
        pace: null,
        gap: null,
      };
    }
    return {
      status: 'pending',
      reason: { code: 'milestone-pending', dueDate: progress.dueDate },
      progress,
      pace: null,
      gap: null,
    };
  }
  if (asOf < program.period.start) {
    return {
      status: 'not-started',
      reason: { code: 'not-started', start: program.period.start, asOf },
      progress,
      pace: null,
      gap: null,
    };
  }
  if (progress.kind === 'no-data') {
    return {
      status: 'no-data',
      reason: { code: 'no-reported-data', asOf },
      progress,
      pace: null,
      gap: null,
    };
  }
  const { current, point } = progress;

  // Each kind declares how it is measured (lib/commitment-kinds); the verdict follows the measure.
  switch (kindOf(commitment).measure) {
    case 'level': {
      const target = targetOf(commitment);
      const status: PledgeStatus = current >= target - graceBand * target ? 'on-track' : 'behind';
      return {
        status,
        reason: {
          code: 'share',
          reported: current,
          reportedDate: point.date,
          target,
        },
        progress,
        pace: null,
        gap: current - target,
      };
    }
    case 'range': {
      const min = lowerOf(commitment);
      const max = targetOf(commitment);
      const status: PledgeStatus = current < min ? 'behind' : current > max ? 'ahead' : 'on-track';
      return {
        status,
        reason: {
          code: 'price-terms',
          reported: current,
          reportedDate: point.date,
          min,
          max,
        },
        progress,
        pace: null,
        gap: null,
      };
    }
    case 'cumulative': {
      const target = progress.target;
      if (current >= target) {
        return {
          status: 'achieved',
          reason: {
            code: 'achieved',
            reported: current,
            reportedDate: point.date,
            target,
          },
          progress,
          pace: null,
          gap: current - target,
        };
      }
      // Judged at the date of the latest report: what happened after it is not known.
      const pace = expectedAt(program, point.date);
      const gap = current - pace.expected;
      const shareOfPeriod = fractionElapsed(program.period, point.date);
      const readings = program.progress.filter((reading) => reading.date <= asOf).length;
      if (shareOfPeriod < TOO_EARLY.minShareOfPeriod || readings < TOO_EARLY.minReadings) {
        return {
          status: 'too-early',
          reason: { code: 'too-early', reported: current, reportedDate: point.date, shareOfPeriod, readings },
          progress,
          pace,
          gap: null,
        };
      }
      return {
        status: compareToPace(current, pace.expected, target, graceBand),
        reason: {
          code: 'pace',
          expected: pace.expected,
          reported: current,
          reportedDate: point.date,
          asOf,
          gap,
          basis: pace.basis,
        },
        progress,
        pace,
        gap,
      };
    }
    case 'milestones':
      // Milestones were answered above from their dates; a milestone reaching here has none.
      return {
        status: 'pending',
        reason: { code: 'milestone-pending', dueDate: null },
        progress,
        pace: null,
        gap: null,
      };
  }
}
