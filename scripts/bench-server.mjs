// Bounded load test of the data desk's server on 127.0.0.1 (docs/performance.md, "Data desk
// server"): cold start, reads and writes per second, on SQLite and — when
// DESK_TEST_POSTGRES_URL is set — PostgreSQL. Run it only on a quiet machine:
//   npm run bench:server            (PORT 4333 by default, 10 connections, 10 s per phase)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';

const port = Number(process.env.PORT ?? 4333);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const base = `http://127.0.0.1:${port}`;
const password = 'bench password, long enough';

async function freshPostgres(admin) {
  const name = `desk_bench_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

function run(args, env) {
  return spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', 'tsx', ...args], {
    env: { ...process.env, PORT: String(port), DESK_PUBLIC_READS: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function waitUntilUp(started) {
  for (;;) {
    try {
      const response = await fetch(`${base}/api/v1/meta`);
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function cannon(options) {
  return new Promise((resolve, reject) => {
    autocannon({ url: base, connections, duration, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function measure(label, databaseUrl) {
  // Accounts first (a separate process, as an operator would), then a cold start.
  await new Promise((resolve, reject) => {
    const child = run(['server/create-user.ts', '--role', 'editor', '--username', 'bench'], {
      DATABASE_URL: databaseUrl,
      DESK_PASSWORD: password,
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`create-user exited ${code}`))));
  });
  const started = Date.now();
  const server = run(['server/main.ts'], { DATABASE_URL: databaseUrl });
  const coldStartMs = await waitUntilUp(started);
  try {
    const signIn = await fetch(`${base}/api/v1/desk/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'bench', password }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const { csrfToken } = await signIn.json();
    const readMeta = await cannon({ path: '/api/v1/meta' });
    const readPrograms = await cannon({ path: '/api/v1/programs' });
    const programs = ['woori-loans', 'woori-inclusive', 'hana-inclusive', 'nh-productive', 'kb-productive'];
    let counter = 0;
    const writes = await cannon({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      requests: [
        {
          setupRequest: (request) => {
            counter += 1;
            return {
              ...request,
              path: `/api/v1/desk/programs/${programs[counter % programs.length]}/figures`,
              body: JSON.stringify({
                date: '2026-09-30',
                value: counter,
                moneyBasis: 'disbursed',
                provenance: 'reported',
                source: {
                  publisher: { ko: '발행처', en: 'Publisher' },
                  title: { ko: '벤치마크', en: 'Benchmark' },
                  date: '2026-10',
                  url: 'https://example.org/bench',
                },
              }),
            };
          },
        },
      ],
    });
    const row = {
      database: label,
      coldStartMs,
      metaReadsPerSecond: Math.round(readMeta.requests.average),
      programsReadsPerSecond: Math.round(readPrograms.requests.average),
      programsP99Ms: readPrograms.latency.p99,
      writesPerSecond: Math.round(writes.requests.average),
      writesP99Ms: writes.latency.p99,
      writeStatuses: { '2xx': writes['2xx'], non2xx: writes.non2xx, errors: writes.errors },
    };
    console.log(JSON.stringify(row));
    return row;
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

console.log(
  `load average before: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}; ${connections} connections, ${duration} s per phase`,
);
const rows = [await measure('sqlite', `sqlite:${join(mkdtempSync(join(tmpdir(), 'desk-bench-')), 'desk.sqlite')}`)];
if (process.env.DESK_TEST_POSTGRES_URL)
  rows.push(await measure('postgres', await freshPostgres(process.env.DESK_TEST_POSTGRES_URL)));
console.log(
  `load average after: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
console.table(rows);
