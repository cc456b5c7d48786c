// The server's and the shared checks' English messages as catalog keys, so the desk speaks the
// reader's language: a field-level issue (src/lib/desk-figures.ts, desk-import.ts, the zod
// messages of desk-schemas.ts) and an error answer by its code (server/errors.ts, server/app.ts,
// mocks/desk.ts). What is not known falls back to a generic sentence that quotes the original.
import type { en } from '../../../i18n/messages/desk';
import type { DeskError } from '../../../lib/desk-schemas';

export type IssueKey = keyof typeof en.issue;
export type ErrorKey = keyof typeof en.error;

export interface Localizable<K extends string> {
  key: K;
  params: Record<string, string | number>;
}

const exactIssues: Record<string, IssueKey> = {
  required: 'required',
  'required when rejecting': 'requiredToReject',
  'expected a date YYYY-MM-DD': 'isoDate',
  'not a calendar date': 'calendarDate',
  'Invalid input': 'invalidInput',
  'expected a lower-case id': 'lowerCaseId',
  'contains a NUL character': 'nul',
  'expected YYYY-MM or YYYY-MM-DD': 'sourceDate',
  'expected an http(s) address': 'httpUrl',
  'expected a finite number': 'finiteNumber',
  'expected program:<id> or indicator:<id>': 'subjectKey',
  'expected a lower-case name (a-z, 0-9, ".", "-")': 'vintageName',
  'expected a lower-case user name': 'username',
  'a milestone pledge takes no readings': 'milestone',
  'expected a whole number of 억원': 'wholeEok',
  'expected a whole number': 'wholeNumber',
  'too large': 'tooLarge',
  'expected zero or more': 'nonNegative',
  'expected a percentage (0–100)': 'percentage',
  'required for money: what kind of amount this is': 'moneyBasisRequired',
  'required for a derived figure: how it was computed': 'basisRequired',
  'expected a date from 2000 on': 'dateFrom2000',
  'missing column': 'missingColumn',
  // Papa Parse's own row errors (an import's `(row)` field).
  'Quoted field unterminated': 'csvUnterminated',
  'Trailing quote on quoted field is malformed': 'csvTrailingQuote',
};

const patternIssues: readonly [RegExp, (match: RegExpExecArray) => Localizable<IssueKey>][] = [
  [/^at most (\d+) characters$/, (m) => ({ key: 'atMost', params: { max: Number(m[1]) } })],
  [/^at least (\d+) characters$/, (m) => ({ key: 'atLeast', params: { min: Number(m[1]) } })],
  [/^unknown series \(one of (.*)\)$/s, (m) => ({ key: 'unknownSeries', params: { series: m[1] ?? '' } })],
  [/^no program (.+)$/s, (m) => ({ key: 'noProgram', params: { id: m[1] ?? '' } })],
  [/^no indicator (.+)$/s, (m) => ({ key: 'noIndicator', params: { id: m[1] ?? '' } })],
  [
    /^Too few fields: expected (\d+) fields but parsed (\d+)$/,
    (m) => ({ key: 'csvTooFew', params: { expected: Number(m[1]), found: Number(m[2]) } }),
  ],
  [
    /^Too many fields: expected (\d+) fields but parsed (\d+)$/,
    (m) => ({ key: 'csvTooMany', params: { expected: Number(m[1]), found: Number(m[2]) } }),
  ],
];

/** A check's message (`{ path, message }` or an import row's `message`) as a catalog key. */
export function issueMessage(message: string): Localizable<IssueKey> {
  const exact = Object.hasOwn(exactIssues, message) ? exactIssues[message] : undefined;
  if (exact) return { key: exact, params: {} };
  for (const [pattern, build] of patternIssues) {
    const match = pattern.exec(message);
    if (match) return build(match);
  }
  return { key: 'unknown', params: { original: message.trim() || '—' } };
}

/** Whether the message is one the catalog says in words (not the generic fallback). */
export function isKnownIssue(message: string): boolean {
  return issueMessage(message).key !== 'unknown';
}

const knownCodes: ReadonlySet<string> = new Set<ErrorKey>([
  'not-signed-in',
  'bad-credentials',
  'rate-limited',
  'forbidden',
  'csrf',
  'four-eyes',
  'not-found',
  'already-decided',
  'user-exists',
  'vintage-exists',
  'conflict',
  'stale-version',
  'bad-if-match',
  'too-large',
  'unsupported-media-type',
  'bad-json',
  'bad-query',
  'internal',
]);

const isErrorKey = (code: string): code is ErrorKey => knownCodes.has(code);

/** An error answer (`deskErrorSchema`, or none when the body was not one) as a catalog key.
 *  A 422 names its first field and says its issue in words; an import's rows are counted. */
export function errorMessage(status: number, body: DeskError | null): Localizable<ErrorKey> {
  if (!body) return { key: 'unknown', params: { status, original: `HTTP ${status}` } };
  if (body.error === 'invalid') {
    if (body.rows && body.rows.length > 0) return { key: 'invalidRows', params: { count: body.rows.length } };
    const first = body.issues?.[0];
    if (first) return { key: 'invalidField', params: { field: first.path, issue: first.message } };
    return { key: 'invalid', params: {} };
  }
  if (isErrorKey(body.error)) return { key: body.error, params: {} };
  return { key: 'unknown', params: { status, original: body.message.trim() || body.error } };
}
