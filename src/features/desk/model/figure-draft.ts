// A figure as the form holds it (every field a string, so a half-typed value is kept as typed)
// and its check against the same schemas and subject rules the server applies
// (src/lib/desk-figures.ts): a pledge's figure or an indicator's, in its series.
import {
  figureIssues,
  findSubject,
  schemaIssues,
  type DeskReference,
  type FieldIssue,
  type FigureInput,
  type Subject,
} from '../../../lib/desk-figures';
import { indicatorFigureInputSchema, programFigureInputSchema } from '../../../lib/desk-schemas';
import { moneyToEok, moneyUnits, plainNumber, type MoneyUnit, type ValueEntry } from './value-entry';

export interface FigureDraft {
  /** `program:<id>` or `indicator:<id>`. */
  subject: string;
  /** An indicator's series and the kind of point (indicators only). */
  seriesId: string;
  kind: string;
  /** The unit a money value is typed in: `jo` or `eok` (the API takes 억). */
  valueUnit: string;
  date: string;
  value: string;
  moneyBasis: string;
  provenance: string;
  basisKo: string;
  basisEn: string;
  publisherKo: string;
  publisherEn: string;
  titleKo: string;
  titleEn: string;
  sourceDate: string;
  url: string;
  note: string;
}

export const emptyDraft: FigureDraft = {
  subject: '',
  seriesId: '',
  kind: '',
  valueUnit: 'eok',
  date: '',
  value: '',
  moneyBasis: 'disbursed',
  provenance: 'reported',
  basisKo: '',
  basisEn: '',
  publisherKo: '',
  publisherEn: '',
  titleKo: '',
  titleEn: '',
  sourceDate: '',
  url: '',
  note: '',
};

const isMoneyUnit = (unit: string): unit is MoneyUnit => moneyUnits.some((candidate) => candidate === unit);

/** The draft's value in the API's unit: 억 for money (typed in 조 or 억), else as typed. */
export function draftValue(draft: FigureDraft, subject: Subject | undefined): ValueEntry {
  if (subject?.unit === 'money') return moneyToEok(draft.value, isMoneyUnit(draft.valueUnit) ? draft.valueUnit : 'eok');
  return plainNumber(draft.value);
}

/** The body the server expects, built from the draft as typed. */
export function draftToInput(draft: FigureDraft, subject?: Subject): unknown {
  const entry = draftValue(draft, subject);
  // An empty field is missing (the schema says "required"), not an invalid value.
  const given = (text: string) => (text.trim() === '' ? undefined : text.trim());
  return {
    date: given(draft.date),
    value: entry.ok ? entry.value : given(draft.value),
    ...(draft.moneyBasis ? { moneyBasis: draft.moneyBasis } : {}),
    provenance: draft.provenance,
    ...(draft.basisKo.trim() || draft.basisEn.trim() ? { basis: { ko: draft.basisKo, en: draft.basisEn } } : {}),
    source: {
      publisher: { ko: draft.publisherKo, en: draft.publisherEn },
      title: { ko: draft.titleKo, en: draft.titleEn },
      date: given(draft.sourceDate),
      url: given(draft.url),
    },
    ...(draft.note.trim() ? { note: draft.note } : {}),
    ...(subject?.kind === 'indicator' ? { seriesId: given(draft.seriesId), kind: given(draft.kind) } : {}),
  };
}

/** Which draft field an issue path of the input schema belongs to. */
const fieldOfPath: Record<string, keyof FigureDraft> = {
  date: 'date',
  value: 'value',
  moneyBasis: 'moneyBasis',
  provenance: 'provenance',
  'basis.ko': 'basisKo',
  'basis.en': 'basisEn',
  basis: 'basisKo',
  'source.publisher.ko': 'publisherKo',
  'source.publisher.en': 'publisherEn',
  'source.title.ko': 'titleKo',
  'source.title.en': 'titleEn',
  'source.date': 'sourceDate',
  'source.url': 'url',
  note: 'note',
  subject: 'subject',
  seriesId: 'seriesId',
  kind: 'kind',
};

export type DraftIssues = Partial<Record<keyof FigureDraft, string>>;

/** Issues by field, from the schema's issues or the server's 422 (`{ path, message }`). */
export function issuesByField(issues: readonly { path: string; message: string }[]): DraftIssues {
  const byField: DraftIssues = {};
  for (const issue of issues) {
    const field = fieldOfPath[issue.path];
    if (field && !byField[field]) byField[field] = issue.message;
  }
  return byField;
}

export type DraftCheck =
  | { ok: true; subject: Subject; input: FigureInput; issues: DraftIssues }
  | { ok: false; issues: DraftIssues; valueProblem?: Exclude<ValueEntry, { ok: true }>['problem'] };

/** The draft checked as the server will check it, against the pledges and indicators known. */
export function checkDraft(draft: FigureDraft, reference: DeskReference): DraftCheck {
  const subject = findSubject(reference, draft.subject);
  const entry = draftValue(draft, subject);
  const valueProblem = entry.ok ? undefined : entry.problem;
  const schema = subject?.kind === 'indicator' ? indicatorFigureInputSchema : programFigureInputSchema;
  const result = schema.safeParse(draftToInput(draft, subject));
  const issues: FieldIssue[] = result.success ? [] : schemaIssues(result.error);
  if (!subject) issues.unshift({ path: 'subject', message: 'required' });
  else if (result.success) issues.push(...figureIssues(subject, result.data));
  const byField = issuesByField(issues);
  if (valueProblem) byField.value = valueProblem;
  if (!subject || !result.success || Object.keys(byField).length > 0)
    return { ok: false, issues: byField, ...(valueProblem ? { valueProblem } : {}) };
  return { ok: true, subject, input: result.data, issues: {} };
}

const isDraftKey = (key: string): key is keyof FigureDraft => Object.hasOwn(emptyDraft, key);
const draftKeys = Object.keys(emptyDraft).filter(isDraftKey);

export const DRAFT_STORAGE_KEY = 'pledge-tracker:desk-draft';

export function parseStoredDraft(stored: string | null): FigureDraft {
  if (!stored) return emptyDraft;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (parsed === null || typeof parsed !== 'object') return emptyDraft;
    const draft: FigureDraft = { ...emptyDraft };
    for (const key of draftKeys) {
      const value: unknown = Reflect.get(parsed, key);
      if (typeof value === 'string') draft[key] = value;
    }
    // A draft stored before indicators could be recorded names its pledge as `programId`.
    const programId: unknown = Reflect.get(parsed, 'programId');
    if (!draft.subject && typeof programId === 'string' && programId) draft.subject = `program:${programId}`;
    return draft;
  } catch {
    return emptyDraft;
  }
}
