// Where a program stands at a date, in its commitment's own terms.
import { kindOf, targetOf } from '../../../lib/commitment-kinds';
import type { Program, ProgressPoint } from '../../../lib/schemas';

/** The last progress point dated on or before `asOf` (of those `accept` takes), or null. */
export function latestPoint(
  program: Program,
  asOf: string,
  accept: (point: ProgressPoint) => boolean = () => true,
): ProgressPoint | null {
  let latest: ProgressPoint | null = null;
  for (const point of program.progress) {
    if (point.date <= asOf && (!latest || point.date >= latest.date) && accept(point)) latest = point;
  }
  return latest;
}

export type ProgramProgress =
  | { kind: 'no-data' }
  | {
      kind: 'measured';
      /** Latest value, in the commitment's unit (억원, units, percent). */
      current: number;
      /** The target in the same unit (for price terms: the top of the range). */
      target: number;
      /** current / target for amounts and counts; current / target share otherwise. */
      ratio: number;
      point: ProgressPoint;
    }
  | {
      kind: 'milestone';
      done: boolean;
      doneDate: string | null;
      dueDate: string | null;
    };

export function computeProgress(program: Program, asOf: string): ProgramProgress {
  const { commitment } = program;
  if (kindOf(commitment).measure === 'milestones') {
    const doneDates = program.milestones.map((m) => m.doneDate).filter((d): d is string => !!d && d <= asOf);
    const dueDates = program.milestones.map((m) => m.dueDate).filter((d): d is string => !!d);
    const pending = program.milestones.some((m) => !m.doneDate || m.doneDate > asOf);
    const done = program.milestones.length > 0 && !pending;
    return {
      kind: 'milestone',
      done,
      doneDate: done ? (doneDates.sort().at(-1) ?? null) : null,
      dueDate: dueDates.sort().at(-1) ?? null,
    };
  }
  const point = latestPoint(program, asOf);
  if (!point) return { kind: 'no-data' };
  const target = targetOf(commitment);
  return {
    kind: 'measured',
    current: point.value,
    target,
    ratio: target > 0 ? point.value / target : 0,
    point,
  };
}
