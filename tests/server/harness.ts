// Starts the data desk against a real, fresh database — a SQLite file in a temporary folder,
// or a new PostgreSQL database — and talks to it over HTTP as a browser would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { readConfig, type ServerConfig } from '../../server/config';
import { startServer, type RunningServer } from '../../server/main';
import { createUser } from '../../server/store/accounts';

export type Dialect = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL when the environment names a server (CI does). */
export const dialects: Dialect[] = process.env.DESK_TEST_POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export const password = 'correct horse battery staple';

/** A new, empty database of that kind; returns its DATABASE_URL. */
export async function freshDatabase(dialect: Dialect): Promise<string> {
  if (dialect === 'sqlite') return `sqlite:${join(mkdtempSync(join(tmpdir(), 'desk-test-')), 'desk.sqlite')}`;
  const admin = process.env.DESK_TEST_POSTGRES_URL;
  if (!admin) throw new Error('DESK_TEST_POSTGRES_URL is not set');
  const name = `desk_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface Desk {
  server: RunningServer;
  url: string;
  databaseUrl: string;
  config: ServerConfig;
  close(): Promise<void>;
}

export async function startDesk(
  dialect: Dialect,
  overrides: Partial<ServerConfig> = {},
  databaseUrl?: string,
): Promise<Desk> {
  const url = databaseUrl ?? (await freshDatabase(dialect));
  const config: ServerConfig = {
    ...readConfig({}),
    databaseUrl: url,
    port: 0,
    publishDir: null,
    publicReads: true,
    ...overrides,
  };
  const server = await startServer(config);
  return { server, url: server.url, databaseUrl: url, config, close: () => server.close() };
}

/** The four accounts most tests use. */
export async function addUsers(desk: Desk): Promise<void> {
  await createUser(desk.server.db, 'approver', password, 'approver');
  await createUser(desk.server.db, 'approver2', password, 'approver');
  await createUser(desk.server.db, 'editor', password, 'editor');
  await createUser(desk.server.db, 'editor2', password, 'editor');
  await createUser(desk.server.db, 'viewer', password, 'viewer');
}

export interface Client {
  cookie: string;
  csrf: string;
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
}

export interface CallOptions {
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
  /** Leave out the X-CSRF-Token header. */
  noCsrf?: boolean;
}

export function anonymous(base: string): Client {
  return client(base, '', '');
}

function client(base: string, cookie: string, csrf: string): Client {
  return {
    cookie,
    csrf,
    call: (method, path, options = {}) =>
      fetch(`${base}${path}`, {
        method,
        headers: {
          ...(cookie ? { Cookie: cookie } : {}),
          ...(csrf && !options.noCsrf ? { 'X-CSRF-Token': csrf } : {}),
          ...(options.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...options.headers,
        },
        ...(options.json !== undefined ? { body: JSON.stringify(options.json) } : {}),
        ...(options.body !== undefined ? { body: options.body } : {}),
      }),
  };
}

export async function signInAs(base: string, username: string, secret = password): Promise<Client> {
  const response = await fetch(`${base}/api/v1/desk/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: secret }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${username}: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return client(base, cookie, csrfToken);
}

export const source = {
  publisher: { ko: '금융위원회', en: 'Financial Services Commission' },
  title: { ko: '생산적 금융 분기 실적', en: 'Productive finance: quarterly execution' },
  date: '2026-11-20',
  url: 'https://www.fsc.go.kr/no010101/example',
};

/** A valid reading for woori-total (an amount pledge, in 억원). */
export function wooriReading(value = 150_000, date = '2026-09-30') {
  return { date, value, moneyBasis: 'disbursed', provenance: 'reported', source };
}

/** A server started as its own process (`tsx server/main.ts`), as `npm run server` does. */
export interface DeskProcess {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  waitForStderr(pattern: RegExp): Promise<string>;
  stop(): Promise<void>;
}

export function spawnDesk(databaseUrl: string, env: Record<string, string> = {}): Promise<DeskProcess> {
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'server/main.ts'],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', DESK_PUBLIC_READS: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  const waiters: (() => void)[] = [];
  const notify = () => waiters.splice(0).forEach((wake) => wake());
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    notify();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    notify();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waitFor = (read: () => string, pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(read());
        if (match) return resolve(match[0]);
        if (child.exitCode !== null || child.signalCode !== null)
          return reject(new Error(`the server exited: ${out}\n${err}`));
        waiters.push(check);
      };
      child.once('exit', check);
      check();
    });
  return waitFor(() => out, /listening on (http:\/\/[^\s]+)/).then((line) => ({
    child,
    url: line.replace('listening on ', ''),
    stderr: () => err,
    waitForStderr: (pattern) => waitFor(() => err, pattern),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  }));
}
