// A figure as the form holds it (every field a string, so a half-typed value is kept as typed)
// and its check against the same schema the server applies (programFigureInputSchema).
import { programFigureInputSchema, type ProgramFigureInput } from '../../../lib/desk-schemas';

export interface FigureDraft {
  programId: string;
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
  programId: '',
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

/** The body the server expects, built from the draft as typed. */
export function draftToInput(draft: FigureDraft): unknown {
  const value = draft.value.replaceAll(',', '').trim();
  // An empty field is missing (the schema says "required"), not an invalid value.
  const given = (text: string) => (text.trim() === '' ? undefined : text.trim());
  return {
    date: given(draft.date),
    value: /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : given(value),
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

export function checkDraft(
  draft: FigureDraft,
): { ok: true; input: ProgramFigureInput; issues: DraftIssues } | { ok: false; issues: DraftIssues } {
  const byField: DraftIssues = {};
  if (!draft.programId) byField.programId = 'required';
  const result = programFigureInputSchema.safeParse(draftToInput(draft));
  if (!result.success) {
    const issues = issuesByField(
      result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    );
    return { ok: false, issues: { ...byField, ...issues } };
  }
  if (draft.provenance === 'derived' && !result.data.basis) byField.basisKo = 'required for a derived figure';
  if (Object.keys(byField).length > 0) return { ok: false, issues: byField };
  return { ok: true, input: result.data, issues: {} };
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
    return draft;
  } catch {
    return emptyDraft;
  }
}
