// Figures that cannot be right are shown as data problems on the figure, never silently
// plotted: impossible values or dates (the rules shared with \`npm run data:check\`, in
// lib/data-rules.ts), dates outside the period, children larger than their parent with no
// dispute saying why. \`withoutBadPoints\` is what the status and charts are computed from.
import { kindOf } from '../../../lib/commitment-kinds';
import { programReadingProblems } from '../../../lib/data-rules';
import type { Program } from '../../../lib/schemas';

export type DataProblem =
  | { code: 'negative-value'; date: string; value: number }
  | { code: 'implausible-date'; date: string }
  | { code: 'after-as-of'; date: string }
  | { code: 'jump'; date: string; value: number; previous: number }
  | { code: 'outside-period'; date: string }
  | { code: 'share-out-of-range'; date: string; value: number }
  | { code: 'children-exceed-parent'; childrenTotal: number; target: number };

function badPoints(program: Program, asOf: string): Map<Program['progress'][number], DataProblem> {
  const out = new Map<Program['progress'][number], DataProblem>();
  for (const [point, problem] of programReadingProblems(program, asOf)) {
    out.set(
      point,
      problem.code === 'negative'
        ? { code: 'negative-value', date: problem.date, value: problem.value }
        : problem.code === 'jump'
          ? { code: 'jump', date: problem.date, value: problem.value, previous: problem.previous }
          : { code: problem.code, date: problem.date },
    );
  }
  const { unit } = kindOf(program.commitment);
  for (const point of program.progress) {
    if (out.has(point)) continue;
    if (point.date < program.period.start || point.date > program.period.end)
      out.set(point, { code: 'outside-period', date: point.date });
    else if (unit === 'percent' && point.value > 100)
      out.set(point, { code: 'share-out-of-range', date: point.date, value: point.value });
  }
  return out;
}

export function findDataProblems(program: Program, byId: ReadonlyMap<string, Program>, asOf: string): DataProblem[] {
  const problems: DataProblem[] = [...badPoints(program, asOf).values()];
  if (program.commitment.kind === 'amount' && program.childIds.length > 0 && program.disputes.length === 0) {
    const childrenTotal = program.childIds.reduce((sum, id) => {
      const child = byId.get(id);
      return sum + (child?.commitment.kind === 'amount' ? child.commitment.targetEok : 0);
    }, 0);
    // Parts larger than their parent are a problem unless a dispute on the parent says why
    // (the 1.7조 win-win package: its parts are reported as 1.3 + 0.4 or 1.3 + 0.015 + 0.4).
    if (childrenTotal > program.commitment.targetEok) {
      problems.push({ code: 'children-exceed-parent', childrenTotal, target: program.commitment.targetEok });
    }
  }
  return problems;
}

export function withoutBadPoints(program: Program, asOf: string): Program {
  const bad = badPoints(program, asOf);
  if (bad.size === 0) return program;
  return { ...program, progress: program.progress.filter((point) => !bad.has(point)) };
}
