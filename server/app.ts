// The data desk's HTTP application: the read API of docs/api.md served from the newest
// vintage, the desk's write API (/api/v1/desk/…), and the built app. Every request is
// answered from the database; the process keeps no sessions, limits or figures of its own.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { resourceEntries, staticFilePath } from '../src/lib/api/resources';
import type { Dataset } from '../src/lib/dataset';
import { checkFigure as checkSubjectFigure, findSubject } from '../src/lib/desk-figures';
import { checkImportCsv } from '../src/lib/desk-import';
import {
  decisionInputSchema,
  newUserInputSchema,
  signInInputSchema,
  vintageInputSchema,
  type Role,
} from '../src/lib/desk-schemas';
import { contentSecurityPolicy } from '../scripts/csp.mjs';
import type { ServerConfig } from './config';
import type { Db } from './db';
import { HttpError, issuesOf } from './errors';
import { createUser, findSession, signIn, signOut, type Session } from './store/accounts';
import {
  decideFigure,
  listFigures,
  loadEvents,
  recordFigures,
  subjectVersion,
  toEvent,
  type NewFigure,
} from './store/figures';
import { OverviewRenderer, withOverview } from './prerender';
import {
  findVintage,
  listVintages,
  publishVintage,
  PublishedCache,
  writeStaticFiles,
  type Published,
} from './store/vintages';

type Env = { Variables: { session: Session | undefined; token: string | undefined } };

const SESSION_COOKIE = 'pt_session';
const CSRF_COOKIE = 'pt_csrf';
const rank: Record<Role, number> = { viewer: 0, editor: 1, approver: 2 };

function json(c: Context, status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

function parseIfMatch(c: Context): number | undefined {
  const header = c.req.header('If-Match');
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) throw new HttpError(400, 'bad-if-match', 'If-Match must be a version ETag such as "3"');
  return Number(match[1]);
}

async function readJson(c: Context): Promise<unknown> {
  if (!/^application\/json\b/i.test(c.req.header('Content-Type') ?? ''))
    throw new HttpError(415, 'unsupported-media-type', 'send JSON (Content-Type: application/json)');
  try {
    return await c.req.json();
  } catch {
    throw new HttpError(400, 'bad-json', 'the body is not valid JSON');
  }
}

function parseWith<T>(
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
  },
  value: unknown,
): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = issuesOf(result.error);
    throw new HttpError(422, 'invalid', `invalid ${issues[0]?.path ?? 'body'}: ${issues[0]?.message ?? ''}`, {
      issues,
    });
  }
  return result.data;
}

function checkFigure(base: Dataset, subjectKey: string, body: unknown): NewFigure {
  const checked = checkSubjectFigure(base, subjectKey, body);
  if (checked.ok) return { subject: checked.subject, input: checked.input };
  if (checked.notFound) throw new HttpError(404, 'not-found', checked.message);
  const { issues } = checked;
  throw new HttpError(422, 'invalid', `invalid ${issues[0]?.path ?? 'body'}: ${issues[0]?.message ?? ''}`, { issues });
}

/** Every row checked with the same module as the app's import preview (src/lib/desk-import.ts). */
function checkImport(base: Dataset, csv: string): NewFigure[] {
  const { rows, errors, problem } = checkImportCsv(base, csv);
  if (problem !== null) throw new HttpError(422, 'invalid', problem, { rows: errors });
  return rows.flatMap((row) => (row.figure ? [row.figure] : []));
}

export interface AppDeps {
  db: Db;
  base: Dataset;
  config: ServerConfig;
  log?: (line: string) => void;
}

export function createApp({ db, base, config, log = () => undefined }: AppDeps): Hono<Env> {
  const app = new Hono<Env>();
  const published = new PublishedCache(base);
  const overview = new OverviewRenderer(config.prerenderModule, log);
  const indexFile = join(config.distDir, 'index.html');
  /**
   * The built index.html with the overview prerendered from this published state (or, `withData`
   * false, with none); null when the app is not built.
   */
  const pageFor = async (state: Published, withData = true): Promise<string | null> => {
    if (!existsSync(indexFile)) return null;
    const html = readFileSync(indexFile, 'utf8');
    // The build's overview was drawn from the seeded dataset: once a vintage is out, draw it again
    // from the vintage — or, without the renderer, drop it so the first paint never shows figures
    // older than the data the app then reads.
    return state.vintage ? withOverview(html, withData ? await overview.blocks(state) : null) : html;
  };

  app.onError((error, c) => {
    if (error instanceof HttpError) {
      const headers: Record<string, string> = {};
      if (error.extra.retryAfter) headers['Retry-After'] = String(error.extra.retryAfter);
      if (error.extra.version !== undefined) headers.ETag = `"${error.extra.version}"`;
      return json(
        c,
        error.status,
        {
          error: error.code,
          message: error.message,
          ...(error.extra.issues ? { issues: error.extra.issues } : {}),
          ...(error.extra.rows ? { rows: error.extra.rows } : {}),
        },
        headers,
      );
    }
    log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return json(c, 500, { error: 'internal', message: 'the server failed; the error is in its log' });
  });

  // Compressed as a static host would; the desk's small answers keep their strong ETags.
  const compressed = compress();
  app.use('*', (c, next) => (c.req.path.startsWith('/api/v1/desk/') ? next() : compressed(c, next)));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
  });

  const isHttps = (c: Context) =>
    new URL(c.req.url).protocol === 'https:' || (config.trustProxy && c.req.header('X-Forwarded-Proto') === 'https');
  const clientOf = (c: Context) => {
    const forwarded = config.trustProxy ? c.req.header('X-Forwarded-For')?.split(',')[0]?.trim() : undefined;
    try {
      return forwarded ?? getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  // Who is asking: the session cookie, looked up in the database on every request.
  const loadSession: MiddlewareHandler<Env> = async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('token', token);
    c.set('session', token ? await findSession(db, token) : undefined);
    await next();
  };

  const requireRole =
    (role: Role): MiddlewareHandler<Env> =>
    async (c, next) => {
      const session = c.get('session');
      if (!session) throw new HttpError(401, 'not-signed-in', 'sign in first');
      const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
      // CSRF: a change must carry the session's token in a header no other site can set.
      if (unsafe && c.req.header('X-CSRF-Token') !== session.csrfToken)
        throw new HttpError(403, 'csrf', 'missing or wrong X-CSRF-Token header');
      if (rank[session.user.role] < rank[role])
        throw new HttpError(403, 'forbidden', `this needs the ${role} role; you are ${session.user.role}`);
      await next();
    };

  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new HttpError(413, 'too-large', `the body is larger than ${maxSize} bytes`);
      },
    });

  // ---- the read API (docs/api.md, "Resources") ----------------------------------------
  const readers: MiddlewareHandler<Env> = async (c, next) => {
    if (!config.publicReads && !c.get('session'))
      throw new HttpError(401, 'not-signed-in', 'this deployment serves its data to signed-in users only');
    await next();
  };

  const current = async (c: Context) => {
    const name = c.req.query('vintage');
    const vintage = await findVintage(db, name);
    if (name && !vintage) throw new HttpError(404, 'not-found', `no vintage ${name}`);
    return published.get(db, vintage);
  };

  const serveFile = async (c: Context, file: string) => {
    const state = await current(c);
    const body = file === 'prerender-seed.json' ? state.seed : state.files.get(file);
    if (body === undefined) throw new HttpError(404, 'not-found', `no ${file}`);
    const etag = `"${state.key}"`;
    const headers = { ETag: etag, 'Cache-Control': 'no-cache', 'Content-Type': 'application/json; charset=utf-8' };
    const held = c.req
      .header('If-None-Match')
      ?.split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''));
    if (held?.includes(etag)) return new Response(null, { status: 304, headers });
    return new Response(body, { headers });
  };

  app.use('/api/*', loadSession);
  app.use('/data/*', loadSession);
  app.use('/prerender-seed.json', loadSession);
  // Every resource of the registry that is a file (src/lib/api/resources.ts), from its file.
  for (const entry of resourceEntries)
    if (entry.file)
      app.get(`/api/v1/${entry.path}`, readers, (c) => serveFile(c, staticFilePath(entry, c.req.param('id'))));
  // The built app's embedded data files, served from the newest vintage too.
  app.get('/data/v1/*', readers, (c) => serveFile(c, new URL(c.req.url).pathname.replace(/^\//, '')));
  app.get('/prerender-seed.json', readers, (c) => serveFile(c, 'prerender-seed.json'));

  // ---- the desk: sessions --------------------------------------------------------------
  app.post('/api/v1/desk/session', limit(config.maxJsonBytes), async (c) => {
    // Sign-in CSRF: a JSON body (which a form on another site cannot send without a
    // preflight) and, when the browser names it, our own origin.
    const origin = c.req.header('Origin');
    if (
      origin &&
      origin !== new URL(c.req.url).origin &&
      !(config.trustProxy && origin === `https://${c.req.header('Host')}`)
    )
      throw new HttpError(403, 'csrf', 'sign-in from another origin');
    const { username, password } = parseWith(signInInputSchema, await readJson(c));
    const session = await signIn(db, username, password, clientOf(c), config.login, config.sessionMs);
    const secure = config.secureCookies === 'always' || (config.secureCookies === 'auto' && isHttps(c));
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure,
      path: '/',
      expires: session.expiresAt,
    });
    setCookie(c, CSRF_COOKIE, session.csrfToken, { sameSite: 'Strict', secure, path: '/', expires: session.expiresAt });
    log(`sign-in: ${username}`);
    return c.json({ user: session.user, csrfToken: session.csrfToken });
  });
  app.get('/api/v1/desk/session', requireRole('viewer'), (c) => {
    const session = c.get('session');
    return json(c, 200, { user: session?.user, csrfToken: session?.csrfToken });
  });
  app.delete('/api/v1/desk/session', requireRole('viewer'), async (c) => {
    const token = c.get('token');
    if (token) await signOut(db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    deleteCookie(c, CSRF_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  app.post('/api/v1/desk/users', requireRole('approver'), limit(config.maxJsonBytes), async (c) => {
    const input = parseWith(newUserInputSchema, await readJson(c));
    const user = await createUser(db, input.username, input.password, input.role);
    return json(c, 201, { user });
  });

  // ---- the desk: figures ----------------------------------------------------------------
  const subjectFigures = async (c: Context, subjectKey: string) => {
    if (!findSubject(base, subjectKey)) throw new HttpError(404, 'not-found', `no ${subjectKey.replace(':', ' ')}`);
    const version = await subjectVersion(db, subjectKey);
    const figures = await listFigures(db, base, { subject: subjectKey });
    return json(c, 200, { subject: subjectKey, version, figures }, { ETag: `"${version}"` });
  };
  const record = async (c: Context<Env>, subjectKey: string) => {
    const entry = checkFigure(base, subjectKey, await readJson(c));
    const session = c.get('session');
    if (!session) throw new HttpError(401, 'not-signed-in', 'sign in first');
    const ifMatch = parseIfMatch(c);
    const { ids, versions } = await recordFigures(db, session.user.id, [entry], {
      base,
      ...(ifMatch !== undefined ? { ifMatch } : {}),
    });
    const figure = (await listFigures(db, base, { subject: subjectKey })).find((candidate) => candidate.id === ids[0]);
    const version = versions.get(subjectKey) ?? 0;
    return json(c, 201, { figure, version }, { ETag: `"${version}"`, Location: `/api/v1/desk/figures/${ids[0]}` });
  };
  app.get('/api/v1/desk/programs/:id/figures', requireRole('viewer'), (c) =>
    subjectFigures(c, `program:${c.req.param('id')}`),
  );
  app.get('/api/v1/desk/indicators/:id/figures', requireRole('viewer'), (c) =>
    subjectFigures(c, `indicator:${c.req.param('id')}`),
  );
  app.post('/api/v1/desk/programs/:id/figures', requireRole('editor'), limit(config.maxJsonBytes), (c) =>
    record(c, `program:${c.req.param('id')}`),
  );
  app.post('/api/v1/desk/indicators/:id/figures', requireRole('editor'), limit(config.maxJsonBytes), (c) =>
    record(c, `indicator:${c.req.param('id')}`),
  );

  app.get('/api/v1/desk/figures', requireRole('viewer'), async (c) => {
    const status = c.req.query('status');
    if (status && !['pending', 'approved', 'rejected'].includes(status))
      throw new HttpError(400, 'bad-query', 'status is pending, approved or rejected');
    const subject = c.req.query('subject');
    const importId = c.req.query('import');
    const figures = await listFigures(db, base, {
      ...(status ? { status: status as 'pending' | 'approved' | 'rejected' } : {}),
      ...(subject ? { subject } : {}),
      ...(importId ? { importId } : {}),
    });
    return json(c, 200, { figures });
  });
  app.get('/api/v1/desk/figures/:figureId', requireRole('viewer'), async (c) => {
    const figure = (await listFigures(db, base)).find((candidate) => candidate.id === c.req.param('figureId'));
    if (!figure) throw new HttpError(404, 'not-found', `no figure ${c.req.param('figureId')}`);
    return json(c, 200, { figure });
  });
  app.post(
    '/api/v1/desk/figures/:figureId/decision',
    requireRole('approver'),
    limit(config.maxJsonBytes),
    async (c) => {
      const input = parseWith(decisionInputSchema, await readJson(c));
      const session = c.get('session');
      if (!session) throw new HttpError(401, 'not-signed-in', 'sign in first');
      const figureId = c.req.param('figureId');
      const { version } = await decideFigure(
        db,
        session.user.id,
        figureId,
        input.decision,
        input.reason,
        parseIfMatch(c),
      );
      const figure = (await listFigures(db, base)).find((candidate) => candidate.id === figureId);
      return json(c, 200, { figure, version }, { ETag: `"${version}"` });
    },
  );

  app.post('/api/v1/desk/imports', requireRole('editor'), limit(config.maxImportBytes), async (c) => {
    if (!/^text\/csv\b/i.test(c.req.header('Content-Type') ?? ''))
      throw new HttpError(415, 'unsupported-media-type', 'send the CSV as text/csv');
    const entries = checkImport(base, await c.req.text());
    const session = c.get('session');
    if (!session) throw new HttpError(401, 'not-signed-in', 'sign in first');
    const importId = `imp-${crypto.randomUUID()}`;
    const half = Math.ceil(entries.length / 2);
    await recordFigures(db, session.user.id, entries, {
      base,
      importId,
      onProgress: (done) => {
        if (config.traceImports && done === half)
          process.stderr.write(`import ${importId}: ${done} of ${entries.length} rows written, not committed\n`);
      },
    });
    log(`import ${importId}: ${entries.length} rows by ${session.user.username}`);
    const figures = await listFigures(db, base, { importId });
    return json(c, 201, { importId, figures });
  });

  app.get('/api/v1/desk/events', requireRole('viewer'), async (c) => {
    const subject = c.req.query('subject');
    const events = await loadEvents(db, subject ? 'WHERE e.subject = ?' : '', subject ? [subject] : []);
    return json(c, 200, { events: events.map(toEvent) });
  });

  app.get('/api/v1/desk/vintages', requireRole('viewer'), async (c) =>
    json(c, 200, { vintages: await listVintages(db) }),
  );
  app.post('/api/v1/desk/vintages', requireRole('approver'), limit(config.maxJsonBytes), async (c) => {
    const { name } = parseWith(vintageInputSchema, await readJson(c));
    const session = c.get('session');
    if (!session) throw new HttpError(401, 'not-signed-in', 'sign in first');
    const vintage = await publishVintage(db, session.user.id, name);
    const state = await published.get(db, vintage);
    // Rendered now, so the first reader after a publish does not wait for it.
    const page = await pageFor(state);
    if (config.publishDir) writeStaticFiles(config.publishDir, state, page ?? undefined);
    log(`vintage ${name} published by ${session.user.username} (${vintage.figureCount} approved figures)`);
    return json(c, 201, { vintage });
  });

  app.all('/api/*', () => {
    throw new HttpError(404, 'not-found', 'no such resource');
  });

  // ---- the built app ---------------------------------------------------------------------
  const page = async (c: Context) => {
    const state = await published.get(db, await findVintage(db));
    // Where reads are for signed-in users only, so is the published overview in the page.
    const token = config.publicReads ? undefined : getCookie(c, SESSION_COOKIE);
    const withData = config.publicReads || (token !== undefined && (await findSession(db, token)) !== undefined);
    const html = await pageFor(state, withData);
    if (html === null) return c.text('The app is not built: run `npm run build`, then restart the server.', 503);
    return c.html(html, 200, {
      'Content-Security-Policy': contentSecurityPolicy,
      'Cache-Control': 'no-cache',
      ...(config.publicReads ? {} : { Vary: 'Cookie' }),
    });
  };
  app.get('/', page);
  app.get('/index.html', page);
  app.use(
    '*',
    serveStatic({
      root: config.distDir,
      onFound: (_path, c) => {
        c.header('Content-Security-Policy', contentSecurityPolicy);
        c.header('Cache-Control', /\/assets\//.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.get('*', (c) => (/\.[a-z0-9]+$/i.test(c.req.path) ? c.text('not found', 404) : page(c)));
  return app;
}
