// Checking a figure against its subject (a pledge or an indicator), shared by the reference
// server (server/), MSW (mocks/desk.ts) and the app's desk, so all three refuse the same
// figures with the same messages: the input schemas first, then what the schemas cannot say
// alone (the value fits the subject's unit, a money figure names its basis, …).
import {
  indicatorFigureInputSchema,
  programFigureInputSchema,
  type IndicatorFigureInput,
  type ProgramFigureInput,
} from './desk-schemas';

export type FigureInput = ProgramFigureInput & Partial<Pick<IndicatorFigureInput, 'seriesId' | 'kind'>>;
export type SubjectUnit = 'money' | 'count' | 'percent' | 'none';

/** What a figure is checked against: the pledges and indicators of the read contract (the
 *  server's seeded dataset, or the API resources the app and MSW hold). */
export interface DeskReference {
  programs: readonly { id: string; commitment: { kind: string } }[];
  indicators: readonly { id: string; unit: string; measure: string; series: readonly { id: string }[] }[];
}

export interface Subject {
  key: string;
  kind: 'program' | 'indicator';
  id: string;
  unit: SubjectUnit;
  /** Program readings are cumulative and never negative; indicator changes may be. */
  nonNegative: boolean;
  seriesIds: string[];
}

export interface FieldIssue {
  path: string;
  message: string;
}

export function findSubject(reference: DeskReference, key: string): Subject | undefined {
  const [kind, id] = key.split(':');
  if (kind === 'program') {
    const program = reference.programs.find((candidate) => candidate.id === id);
    if (!program) return undefined;
    const unit: SubjectUnit =
      program.commitment.kind === 'amount'
        ? 'money'
        : program.commitment.kind === 'count'
          ? 'count'
          : program.commitment.kind === 'milestone'
            ? 'none'
            : 'percent';
    return { key, kind, id: program.id, unit, nonNegative: true, seriesIds: [] };
  }
  if (kind === 'indicator') {
    const indicator = reference.indicators.find((candidate) => candidate.id === id);
    if (!indicator) return undefined;
    const unit: SubjectUnit = indicator.unit === 'krw-eok' ? 'money' : indicator.unit === 'count' ? 'count' : 'percent';
    return {
      key,
      kind,
      id: indicator.id,
      unit,
      nonNegative: indicator.measure === 'level',
      seriesIds: indicator.series.map((series) => series.id),
    };
  }
  return undefined;
}

/** What the schemas cannot say alone: the value fits the subject's unit, and so on. */
export function figureIssues(subject: Subject, input: FigureInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { value } = input;
  if (subject.unit === 'none') issues.push({ path: 'value', message: 'a milestone pledge takes no readings' });
  if ((subject.unit === 'money' || subject.unit === 'count') && !Number.isInteger(value))
    issues.push({
      path: 'value',
      message: subject.unit === 'money' ? 'expected a whole number of 억원' : 'expected a whole number',
    });
  if (Math.abs(value) > 1e9) issues.push({ path: 'value', message: 'too large' });
  if (subject.nonNegative && value < 0) issues.push({ path: 'value', message: 'expected zero or more' });
  if (subject.unit === 'percent' && subject.kind === 'program' && value > 100)
    issues.push({ path: 'value', message: 'expected a percentage (0–100)' });
  if (subject.unit === 'money' && !input.moneyBasis)
    issues.push({ path: 'moneyBasis', message: 'required for money: what kind of amount this is' });
  if (input.provenance === 'derived' && !input.basis)
    issues.push({ path: 'basis', message: 'required for a derived figure: how it was computed' });
  if (input.date < '2000-01-01') issues.push({ path: 'date', message: 'expected a date from 2000 on' });
  if (subject.kind === 'indicator') {
    if (!input.seriesId) issues.push({ path: 'seriesId', message: 'required' });
    else if (!subject.seriesIds.includes(input.seriesId))
      issues.push({ path: 'seriesId', message: `unknown series (one of ${subject.seriesIds.join(', ')})` });
    if (!input.kind) issues.push({ path: 'kind', message: 'required' });
  }
  return issues;
}

/** Schema issues as `{ path: "source.url", message }` (the server's 422 `issues`). */
export function schemaIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

export type FigureCheck =
  | { ok: true; subject: Subject; input: FigureInput }
  | { ok: false; notFound: true; message: string }
  | { ok: false; notFound: false; issues: FieldIssue[] };

/** A body for `subjectKey`, checked as the server checks it: unknown subject (404), the
 *  subject's input schema, then figureIssues (422 with `issues`). */
export function checkFigure(reference: DeskReference, subjectKey: string, body: unknown): FigureCheck {
  const subject = findSubject(reference, subjectKey);
  if (!subject) return { ok: false, notFound: true, message: `no ${subjectKey.replace(':', ' ')}` };
  const parsed =
    subject.kind === 'program' ? programFigureInputSchema.safeParse(body) : indicatorFigureInputSchema.safeParse(body);
  if (!parsed.success) return { ok: false, notFound: false, issues: schemaIssues(parsed.error) };
  const input: FigureInput = parsed.data;
  const issues = figureIssues(subject, input);
  if (issues.length > 0) return { ok: false, notFound: false, issues };
  return { ok: true, subject, input };
}
