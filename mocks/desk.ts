// The data desk's write API (docs/api.md, "Data desk") as MSW serves it in development and
// tests: sessions, figures with versions, review and vintages — in memory, checked with the
// same schemas as the real server (src/lib/desk-schemas.ts). Accounts: viewer, editor and
// approver, each with the password `desk-dev-password`.
import { http, HttpResponse } from 'msw';
import {
  decisionInputSchema,
  programFigureInputSchema,
  signInInputSchema,
  vintageInputSchema,
  type DeskFigure,
  type Role,
  type Vintage,
} from '../src/lib/desk-schemas';
import type { ApiResources } from '../src/lib/dataset';

export const DESK_DEV_PASSWORD = 'desk-dev-password';
const DESK = '/api/v1/desk';
const accounts: Record<string, Role> = { viewer: 'viewer', editor: 'editor', approver: 'approver' };
const rank: Record<Role, number> = { viewer: 0, editor: 1, approver: 2 };

interface DeskState {
  sessions: Map<string, { username: string; role: Role; csrfToken: string }>;
  figures: DeskFigure[];
  versions: Map<string, number>;
  vintages: Vintage[];
}

const state: DeskState = { sessions: new Map(), figures: [], versions: new Map(), vintages: [] };

/** Forgets every session, figure and vintage (tests call it between cases). */
export function resetDesk(): void {
  state.sessions.clear();
  state.figures = [];
  state.versions.clear();
  state.vintages = [];
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
  const programIds = new Set(resources.programs.programs.map((program) => program.id));
  return [
    http.post(`${DESK}/session`, async ({ request }) => {
      const input = signInInputSchema.safeParse(await request.json());
      const role = input.success ? accounts[input.data.username] : undefined;
      if (!input.success || !role || input.data.password !== DESK_DEV_PASSWORD)
        return error(401, 'bad-credentials', 'the user name or password is not right');
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
    http.get(`${DESK}/programs/:id/figures`, ({ request, params }) => {
      const { response } = guard(request, 'viewer');
      if (response) return response;
      const subject = `program:${String(params.id)}`;
      const version = state.versions.get(subject) ?? 0;
      return HttpResponse.json(
        { subject, version, figures: state.figures.filter((figure) => figure.subject === subject) },
        { headers: { ETag: `"${version}"` } },
      );
    }),
    http.post(`${DESK}/programs/:id/figures`, async ({ request, params }) => {
      const { session, response } = guard(request, 'editor');
      if (!session) return response;
      if (!programIds.has(String(params.id))) return error(404, 'not-found', 'no such program');
      const input = programFigureInputSchema.safeParse(await request.json());
      if (!input.success) return error(422, 'invalid', 'invalid figure', issuesOf(input.error.issues));
      const subject = `program:${String(params.id)}`;
      const version = state.versions.get(subject) ?? 0;
      const ifMatch = request.headers.get('If-Match');
      if (ifMatch && ifMatch.replaceAll('"', '') !== String(version))
        return error(412, 'stale-version', `${subject} is at version ${version}`);
      const figure: DeskFigure = {
        ...input.data,
        id: `fig-${crypto.randomUUID().slice(0, 16)}`,
        subject,
        status: 'pending',
        supersedes: null,
        recordedBy: session.username,
        recordedAt: new Date().toISOString(),
        importId: null,
        digest: { previous: null, next: input.data.value, change: null },
      };
      state.figures.push(figure);
      state.versions.set(subject, version + 1);
      return HttpResponse.json(
        { figure, version: version + 1 },
        { status: 201, headers: { ETag: `"${version + 1}"` } },
      );
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
      if (input.data.decision === 'reject' && !input.data.reason)
        return error(422, 'invalid', 'a rejection needs a reason', [{ path: 'reason', message: 'required' }]);
      figure.status = input.data.decision === 'approve' ? 'approved' : 'rejected';
      figure.decidedBy = session.username;
      figure.decidedAt = new Date().toISOString();
      if (input.data.reason) figure.reason = input.data.reason;
      const version = (state.versions.get(figure.subject) ?? 0) + 1;
      state.versions.set(figure.subject, version);
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
        upToSeq: state.figures.length,
        figureCount: state.figures.filter((figure) => figure.status === 'approved').length,
        publishedBy: session.username,
        publishedAt: new Date().toISOString(),
      };
      state.vintages.unshift(vintage);
      return HttpResponse.json({ vintage }, { status: 201 });
    }),
  ];
}
