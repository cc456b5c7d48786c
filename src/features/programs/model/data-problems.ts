// Figures that cannot be right are shown as data problems on the figure, never silently
// plotted: negative or impossible values, dates outside the period, children larger than
// their parent. `withoutBadPoints` is what the status and charts are computed from.
import type { Program } from '../../../lib/schemas';

export type DataProblem =
  | { code: 'negative-value'; date: string; value: number }
  | { code: 'outside-period'; date: string }
  | { code: 'share-out-of-range'; date: string; value: number }
  | { code: 'children-exceed-parent'; childrenTotal: number; target: number };

function badPoint(program: Program, point: Program['progress'][number]): DataProblem | null {
  if (!Number.isFinite(point.value) || point.value < 0)
    return { code: 'negative-value', date: point.date, value: point.value };
  if (point.date < program.period.start || point.date > program.period.end)
    return { code: 'outside-period', date: point.date };
  const { kind } = program.commitment;
  if ((kind === 'share' || kind === 'price-terms') && point.value > 100)
    return { code: 'share-out-of-range', date: point.date, value: point.value };
  return null;
}

export function findDataProblems(program: Program, byId: ReadonlyMap<string, Program>): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const point of program.progress) {
    const problem = badPoint(program, point);
    if (problem) problems.push(problem);
  }
  if (program.commitment.kind === 'amount' && program.childIds.length > 0) {
    const childrenTotal = program.childIds.reduce((sum, id) => {
      const child = byId.get(id);
      return sum + (child?.commitment.kind === 'amount' ? child.commitment.targetEok : 0);
    }, 0);
    // The win-win parts add to 1조 7,150억 against an announced "about 1.7조": 1% is wording, not a problem.
    if (childrenTotal > program.commitment.targetEok * 1.01) {
      problems.push({
        code: 'children-exceed-parent',
        childrenTotal,
        target: program.commitment.targetEok,
      });
    }
  }
  return problems;
}

export function withoutBadPoints(program: Program): Program {
  const progress = program.progress.filter((point) => badPoint(program, point) === null);
  return progress.length === program.progress.length ? program : { ...program, progress };
}
