// The two-server e2e's servers (playwright.server-postgres.config.ts): a PostgreSQL database of
// its own — dropped and created again on every run, so it never meets the server tests' databases
// — four accounts, then two processes of server/main.ts (as `npm run server` runs it) on PORT and
// PORT + 1, both on that one database. Stops them when it is stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { readConfig } from '../../../server/config';
import { prepareDatabase } from '../../../server/main';
import { createUser } from '../../../server/store/accounts';

const admin = process.env.DESK_TEST_POSTGRES_URL;
if (!admin) throw new Error('DESK_TEST_POSTGRES_URL is not set');
const port = Number(process.env.PORT ?? 4180);
const password = 'an e2e password, long enough';
const name = 'desk_e2e_two_servers';

const client = new pg.Client({ connectionString: admin });
await client.connect();
try {
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
} finally {
  await client.end();
}
const url = new URL(admin);
url.pathname = `/${name}`;
const databaseUrl = url.toString();

const { db } = await prepareDatabase({ ...readConfig(), databaseUrl });
for (const [username, role] of [
  ['editor', 'editor'],
  ['editor2', 'editor'],
  ['approver', 'approver'],
  ['viewer', 'viewer'],
] as const)
  await createUser(db, username, password, role);
await db.close();

const children: ChildProcess[] = [];
const stop = () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
};
process.on('SIGTERM', () => {
  stop();
  process.exit(0);
});
process.on('SIGINT', () => {
  stop();
  process.exit(0);
});
process.on('exit', stop);

/** One server process; resolves once it listens. */
function startDesk(label: string, listenOn: number): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'server/main.ts'],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(listenOn), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      process.stdout.write(text.replace(/^(?=.)/gm, `[${label}] `));
      if (/listening on http/.test(text)) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) =>
      process.stderr.write(chunk.toString().replace(/^(?=.)/gm, `[${label}] `)),
    );
    child.once('exit', (code, signal) => reject(new Error(`${label} exited (${code ?? signal})`)));
  });
}

// One after the other: the config waits for the second, so both are up when the tests start.
await startDesk('desk one', port);
await startDesk('desk two', port + 1);
console.log(`two desks on one PostgreSQL database (${name}): ports ${port} and ${port + 1}`);
