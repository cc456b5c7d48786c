// The desk's calls to /api/v1/desk/… (docs/api.md, "Data desk"): same origin as the app, or the
// live API's base URL. Every answer is parsed with the shared desk schemas.
import * as z from 'zod/mini';
import { dataSource } from '../../../lib/config';
import {
  deskErrorSchema,
  deskFigureSchema,
  eventsResponseSchema,
  figuresResponseSchema,
  importResponseSchema,
  sessionResponseSchema,
  userSchema,
  subjectFiguresResponseSchema,
  vintageSchema,
  type DeskError,
  type NewUserInput,
  type ProgramFigureInput,
  type SessionResponse,
} from '../../../lib/desk-schemas';

const deskBase = () => `${dataSource.baseUrl ?? ''}/api/v1/desk`;

export class DeskRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: DeskError | null,
  ) {
    super(body?.message ?? `the server answered ${status}`);
  }
}

let csrfToken = '';

/** A body sent as typed (the import's CSV), not as JSON. */
class RawBody {
  constructor(
    readonly contentType: string,
    readonly text: string,
  ) {}
}

async function call<T>(
  method: string,
  path: string,
  schema: z.ZodMiniType<T>,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ data: T; etag: string | null }> {
  const contentType = body instanceof RawBody ? body.contentType : 'application/json';
  const response = await fetch(`${deskBase()}${path}`, {
    method,
    credentials: dataSource.baseUrl ? 'include' : 'same-origin',
    headers: {
      Accept: 'application/json',
      ...(body !== undefined ? { 'Content-Type': contentType } : {}),
      ...(method !== 'GET' && csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: body instanceof RawBody ? body.text : JSON.stringify(body) } : {}),
  });
  if (!response.ok) {
    const parsed = deskErrorSchema.safeParse(await response.json().catch(() => null));
    throw new DeskRequestError(response.status, parsed.success ? parsed.data : null);
  }
  const data = response.status === 204 ? null : await response.json();
  return { data: schema.parse(data), etag: response.headers.get('ETag') };
}

/** `program:<id>` → `/programs/<id>`, `indicator:<id>` → `/indicators/<id>`. */
function subjectPath(subject: string): string {
  const [kind = '', id = ''] = subject.split(':');
  return `/${kind === 'indicator' ? 'indicators' : 'programs'}/${encodeURIComponent(id)}`;
}

function remember(session: SessionResponse): SessionResponse {
  csrfToken = session.csrfToken;
  return session;
}

export const deskApi = {
  session: async () => remember((await call('GET', '/session', sessionResponseSchema)).data),
  signIn: async (username: string, password: string) =>
    remember((await call('POST', '/session', sessionResponseSchema, { username, password })).data),
  signOut: async () => {
    await call('DELETE', '/session', z.null());
    csrfToken = '';
  },
  /** A subject's version (`program:<id>` or `indicator:<id>`), to send back as If-Match. */
  version: async (subject: string) =>
    (await call('GET', `${subjectPath(subject)}/figures`, subjectFiguresResponseSchema)).data.version,
  /** A figure for a pledge (ProgramFigureInput) or an indicator (with seriesId and kind). */
  record: async (subject: string, input: ProgramFigureInput, version: number) =>
    (
      await call(
        'POST',
        `${subjectPath(subject)}/figures`,
        z.object({ figure: deskFigureSchema, version: z.int() }),
        input,
        { 'If-Match': `"${version}"` },
      )
    ).data,
  pending: async () => (await call('GET', '/figures?status=pending', figuresResponseSchema)).data.figures,
  decide: async (figureId: string, decision: 'approve' | 'reject', reason: string) =>
    (
      await call(
        'POST',
        `/figures/${encodeURIComponent(figureId)}/decision`,
        z.object({ figure: deskFigureSchema, version: z.int() }),
        { decision, ...(reason.trim() ? { reason } : {}) },
      )
    ).data,
  /** The import's CSV: every row stored, or none (422 with `rows`). */
  importCsv: async (csv: string) =>
    (await call('POST', '/imports', importResponseSchema, new RawBody('text/csv; charset=utf-8', csv))).data,
  /** The audit trail of one subject (`program:<id>` / `indicator:<id>`), oldest first. */
  events: async (subject: string) =>
    (await call('GET', `/events?subject=${encodeURIComponent(subject)}`, eventsResponseSchema)).data.events,
  createUser: async (input: NewUserInput) =>
    (await call('POST', '/users', z.object({ user: userSchema }), input)).data.user,
  publish: async (name: string) =>
    (await call('POST', '/vintages', z.object({ vintage: vintageSchema }), { name })).data.vintage,
};
