// The data desk's write API (docs/api.md, "Data desk") as MSW serves it in development and
// tests: sessions, accounts, figures for pledges and indicators with versions, the CSV import,
// review, the event log and vintages — in memory, checked with the same schemas and modules
// as the real server (src/lib/desk-schemas.ts, desk-figures.ts, desk-import.ts). Accounts:
// viewer, editor and approver, each with the password `desk-dev-password`.
import { http, HttpResponse } from 'msw';
import { checkFigure, type FigureInput } from '../src/lib/desk-figures';
import { checkImportCsv } from '../src/lib/desk-import';
import {
  decisionInputSchema,
  newUserInputSchema,
  signInInputSchema,
  vintageInputSchema,
  type DeskEvent,
  type DeskFigure,
  type Role,
  type Vintage,
} from '../src/lib/desk-schemas';
import type { ApiResources } from '../src/lib/dataset';

export const DESK_DEV_PASSWORD = 'desk-dev-password';
const DESK = '/api/v1/desk';
const seededAccounts: Record<string, Role> = { viewer: 'viewer', editor: 'editor', approver: 'approver' };
const rank: Record<Role, number> = { viewer: 0, editor: 1, approver: 2 };

interface DeskState {
  sessions: Map<string, { username: string; role: Role; csrfToken: string }>;
  /** User name → role and password (the seeded ones share DESK_DEV_PASSWORD). */
  accounts: Map<string, { role: Role; password: string }>;
  figures: DeskFigure[];
  versions: Map<string, number>;
  events: DeskEvent[];
  vintages: Vintage[];
}

const seeded = () =>
  new Map(Object.entries(seededAccounts).map(([name, role]) => [name, { role, password: DESK_DEV_PASSWORD }]));

const state: DeskState = {
  sessions: new Map(),
  accounts: seeded(),
  figures: [],
  versions: new Map(),
  events: [],
  vintages: [],
};

/** Forgets every session, account added, figure, event and vintage (tests call it between cases). */
export function resetDesk(): void {
  state.sessions.clear();
  state.accounts = seeded();
  state.figures = [];
  state.versions.clear();
  state.events = [];
  state.vintages = [];
}

/** The next version of a subject, with the event that takes it appended to the log. */
function appendEvent(figure: DeskFigure, type: DeskEvent['type'], actor: string, body: Record<string, unknown>) {
  const subjectVersion = (state.versions.get(figure.subject) ?? 0) + 1;
  state.versions.set(figure.subject, subjectVersion);
  state.events.push({
    seq: state.events.length + 1,
    subject: figure.subject,
    subjectVersion,
    figureId: figure.id,
    type,
    actor,
    at: new Date().toISOString(),
    supersedes: figure.supersedes,
    importId: figure.importId,
    body,
  });
  return subjectVersion;
}

/** A new pending figure (not yet in the log). */
function newFigure(subject: string, input: FigureInput, username: string, importId: string | null): DeskFigure {
  return {
    ...input,
    id: `fig-${crypto.randomUUID().slice(0, 16)}`,
    subject,
    status: 'pending',
    supersedes: null,
    recordedBy: username,
    recordedAt: new Date().toISOString(),
    importId,
    digest: { previous: null, next: input.value, change: null },
  };
}

const error = (status: number, code: string, message: string, issues?: { path: string; message: string }[]) =>
  HttpResponse.json({ error: code, message, ...(issues ? { issues } : {}) }, { status });

function sessionOf(request: Request) {
  // The request's cookies, or the page's (Node's fetch in tests sends none of jsdom's).
  const cookies = `${request.headers.get('Cookie') ?? ''}; ${typeof document === 'undefined' ? '' : document.cookie}`;
  const token = /(?:^|;\s*)pt_session=([^;]+)/.exec(cookies)?.[1];
  return token ? state.sessions.get(token) : undefined;
}

function guard(request: Request, role: Role) {
  const session = sessionOf(request);
  if (!session) return { response: error(401, 'not-signed-in', 'sign in first') };
  if (request.method !== 'GET' && request.headers.get('X-CSRF-Token') !== session.csrfToken)
    return { response: error(403, 'csrf', 'missing or wrong X-CSRF-Token header') };
  if (rank[session.role] < rank[role]) return { response: error(403, 'forbidden', `this needs the ${role} role`) };
  return { session };
}

const issuesOf = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

export function deskHandlers(resources: ApiResources) {
  const reference = { programs: resources.programs.programs, indicators: resources.indicators.indicators };
  return [
    http.post(`${DESK}/session`, async ({ request }) => {
      const input = signInInputSchema.safeParse(await request.json());
      const account = input.success ? state.accounts.get(input.data.username) : undefined;
      if (!input.success || !account || input.data.password !== account.password)
        return error(401, 'bad-credentials', 'the user name or password is not right');
      const { role } = account;
      const token = crypto.randomUUID();
      const csrfToken = crypto.randomUUID();
      state.sessions.set(token, { username: input.data.username, role, csrfToken });
      // The browser keeps the cookie; MSW cannot set HttpOnly from a worker, so it is plain here.
      document.cookie = `pt_session=${token}; path=/; SameSite=Strict`;
      return HttpResponse.json({ user: { id: input.data.username, username: input.data.username, role }, csrfToken });
    }),
    http.get(`${DESK}/session`, ({ request }) => {
      const { session, response } = guard(request, 'viewer');
      if (!session) return response;
      return HttpResponse.json({
        user: { id: session.username, username: session.username, role: session.role },
        csrfToken: session.csrfToken,
      });
    }),
    http.delete(`${DESK}/session`, ({ request }) => {
      const { response } = guard(request, 'viewer');
      if (response) return response;
      document.cookie = 'pt_session=; path=/; max-age=0';
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(`${DESK}/users`, async ({ request }) => {
      const { response } = guard(request, 'approver');
      if (response) return response;
      const input = newUserInputSchema.safeParse(await request.json());
      if (!input.success) return error(422, 'invalid', 'invalid user', issuesOf(input.error.issues));
      if (state.accounts.has(input.data.username))
        return error(409, 'user-exists', `a user named ${input.data.username} exists`);
      state.accounts.set(input.data.username, { role: input.data.role, password: input.data.password });
      return HttpResponse.json(
        { user: { id: input.data.username, username: input.data.username, role: input.data.role } },
        { status: 201 },
      );
    }),
    ...(['programs', 'indicators'] as const).flatMap((collection) => {
      const subjectOf = (id: unknown) => `${collection === 'programs' ? 'program' : 'indicator'}:${String(id)}`;
      return [
        http.get(`${DESK}/${collection}/:id/figures`, ({ request, params }) => {
          const { response } = guard(request, 'viewer');
          if (response) return response;
          const subject = subjectOf(params.id);
          const version = state.versions.get(subject) ?? 0;
          return HttpResponse.json(
            { subject, version, figures: state.figures.filter((figure) => figure.subject === subject) },
            { headers: { ETag: `"${version}"` } },
          );
        }),
        http.post(`${DESK}/${collection}/:id/figures`, async ({ request, params }) => {
          const { session, response } = guard(request, 'editor');
          if (!session) return response;
          const subject = subjectOf(params.id);
          const checked = checkFigure(reference, subject, await request.json());
          if (!checked.ok && checked.notFound) return error(404, 'not-found', checked.message);
          if (!checked.ok)
            return error(
              422,
              'invalid',
              `invalid ${checked.issues[0]?.path ?? 'body'}: ${checked.issues[0]?.message ?? ''}`,
              checked.issues,
            );
          const version = state.versions.get(subject) ?? 0;
          const ifMatch = request.headers.get('If-Match');
          if (ifMatch && ifMatch.replaceAll('"', '') !== String(version))
            return error(412, 'stale-version', `${subject} is at version ${version}`);
          const figure = newFigure(subject, checked.input, session.username, null);
          state.figures.push(figure);
          const next = appendEvent(figure, 'recorded', session.username, { ...checked.input });
          return HttpResponse.json({ figure, version: next }, { status: 201, headers: { ETag: `"${next}"` } });
        }),
      ];
    }),
    http.post(`${DESK}/imports`, async ({ request }) => {
      const { session, response } = guard(request, 'editor');
      if (!session) return response;
      if (!/^text\/csv\b/i.test(request.headers.get('Content-Type') ?? ''))
        return error(415, 'unsupported-media-type', 'send the CSV as text/csv');
      const { rows, errors, problem } = checkImportCsv(reference, await request.text());
      if (problem !== null)
        return HttpResponse.json({ error: 'invalid', message: problem, rows: errors }, { status: 422 });
      const importId = `imp-${crypto.randomUUID()}`;
      const figures = rows.flatMap(({ figure }) => {
        if (!figure) return [];
        const recorded = newFigure(figure.subject.key, figure.input, session.username, importId);
        state.figures.push(recorded);
        appendEvent(recorded, 'recorded', session.username, { ...figure.input });
        return [recorded];
      });
      return HttpResponse.json({ importId, figures }, { status: 201 });
    }),
    http.get(`${DESK}/events`, ({ request }) => {
      const { response } = guard(request, 'viewer');
      if (response) return response;
      const subject = new URL(request.url).searchParams.get('subject');
      return HttpResponse.json({ events: state.events.filter((event) => !subject || event.subject === subject) });
    }),
    http.get(`${DESK}/figures`, ({ request }) => {
      const { response } = guard(request, 'viewer');
      if (response) return response;
      const status = new URL(request.url).searchParams.get('status');
      return HttpResponse.json({ figures: state.figures.filter((figure) => !status || figure.status === status) });
    }),
    http.post(`${DESK}/figures/:figureId/decision`, async ({ request, params }) => {
      const { session, response } = guard(request, 'approver');
      if (!session) return response;
      const input = decisionInputSchema.safeParse(await request.json());
      if (!input.success) return error(422, 'invalid', 'invalid decision', issuesOf(input.error.issues));
      const figure = state.figures.find((candidate) => candidate.id === params.figureId);
      if (!figure) return error(404, 'not-found', 'no such figure');
      if (figure.status !== 'pending') return error(409, 'already-decided', 'already decided');
      if (input.data.decision === 'approve' && figure.recordedBy === session.username)
        return error(403, 'four-eyes', 'a figure is approved by someone other than the person who recorded it');
      if (input.data.decision === 'reject' && !input.data.reason)
        return error(422, 'invalid', 'a rejection needs a reason', [
          { path: 'reason', message: 'required when rejecting' },
        ]);
      figure.status = input.data.decision === 'approve' ? 'approved' : 'rejected';
      figure.decidedBy = session.username;
      figure.decidedAt = new Date().toISOString();
      if (input.data.reason) figure.reason = input.data.reason;
      const version = appendEvent(
        figure,
        figure.status === 'approved' ? 'approved' : 'rejected',
        session.username,
        input.data.reason ? { reason: input.data.reason } : {},
      );
      return HttpResponse.json({ figure, version });
    }),
    http.get(`${DESK}/vintages`, ({ request }) => {
      const { response } = guard(request, 'viewer');
      return response ?? HttpResponse.json({ vintages: state.vintages });
    }),
    http.post(`${DESK}/vintages`, async ({ request }) => {
      const { session, response } = guard(request, 'approver');
      if (!session) return response;
      const input = vintageInputSchema.safeParse(await request.json());
      if (!input.success) return error(422, 'invalid', 'invalid name', issuesOf(input.error.issues));
      if (state.vintages.some((vintage) => vintage.name === input.data.name))
        return error(409, 'vintage-exists', 'a vintage of that name exists');
      const vintage: Vintage = {
        id: crypto.randomUUID(),
        name: input.data.name,
        upToSeq: state.events.length,
        figureCount: state.figures.filter((figure) => figure.status === 'approved').length,
        publishedBy: session.username,
        publishedAt: new Date().toISOString(),
      };
      state.vintages.unshift(vintage);
      return HttpResponse.json({ vintage }, { status: 201 });
    }),
  ];
}
