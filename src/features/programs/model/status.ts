// One status taxonomy for every kind of commitment, each with a structured reason the UI
// turns into a sentence. A grace band keeps a small wobble from flipping the status.
import type { Program } from '../../../lib/schemas';
import type { PledgeStatus } from '../../../lib/view-state';
import { expectedAt, type Pace } from './pace';
import { computeProgress, type ProgramProgress } from './progress';

export type { PledgeStatus };

export const DEFAULT_GRACE_BAND = 0.1;

export type StatusReason =
  | { code: 'not-started'; start: string; asOf: string }
  | { code: 'no-reported-data'; asOf: string }
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
  | { code: 'milestone-pending'; dueDate: string | null };

export interface Assessment {
  status: PledgeStatus;
  reason: StatusReason;
  progress: ProgramProgress;
  /** Expected by asOf (amounts and counts in progress only). */
  pace: Pace | null;
  /** reported − expected; negative = behind. */
  gap: number | null;
}

/** Where `reported` sits against `expected`: inside the band around it is on track. */
export function compareToPace(reported: number, expected: number, target: number, graceBand: number): PledgeStatus {
  const band = Math.max(graceBand * expected, 0.01 * target);
  if (reported < expected - band) return 'behind';
  if (reported > expected + band) return 'ahead';
  return 'on-track';
}

export function assessProgram(program: Program, asOf: string, options: { graceBand?: number } = {}): Assessment {
  const graceBand = options.graceBand ?? DEFAULT_GRACE_BAND;
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

  switch (commitment.kind) {
    case 'share': {
      const status: PledgeStatus =
        current >= commitment.targetPercent - graceBand * commitment.targetPercent ? 'on-track' : 'behind';
      return {
        status,
        reason: {
          code: 'share',
          reported: current,
          reportedDate: point.date,
          target: commitment.targetPercent,
        },
        progress,
        pace: null,
        gap: current - commitment.targetPercent,
      };
    }
    case 'price-terms': {
      const { discountMinPercent: min, discountMaxPercent: max } = commitment;
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
    case 'amount':
    case 'count': {
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
    case 'milestone':
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
