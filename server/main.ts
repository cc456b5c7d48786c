// `npm run server`: opens (creating and migrating) the database, seeds it from the dataset on
// first start, and serves the API and the built app. One process is a whole deployment.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { readConfig, type ServerConfig } from './config';
import { describeDatabase, openDatabase, type Db } from './db';
import { migrate } from './migrations';
import { countUsers } from './store/accounts';
import { loadDataset, readDatasetFile, seedDataset } from './store/dataset';

export interface RunningServer {
  url: string;
  db: Db;
  close(): Promise<void>;
}

/** Opens the database, migrates and seeds it (once), and returns it with the seeded dataset. */
export async function prepareDatabase(config: ServerConfig, log: (line: string) => void = () => undefined) {
  const db = await openDatabase(config.databaseUrl);
  let seeded = false;
  const applied = await migrate(db, async (tx) => {
    seeded = await seedDataset(tx, readDatasetFile(config.datasetPath));
  });
  if (applied.length > 0) log(`migrations applied: ${applied.join(', ')}`);
  if (seeded) log(`seeded from ${config.datasetPath}`);
  return { db, base: await loadDataset(db) };
}

export async function startServer(
  config: ServerConfig,
  log: (line: string) => void = () => undefined,
): Promise<RunningServer> {
  const { db, base } = await prepareDatabase(config, log);
  const app = createApp({ db, base, config, log });
  const server: ServerType = await new Promise((resolve) => {
    const running = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(running));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  if ((await countUsers(db)) === 0)
    log(
      'no accounts yet: create the first approver with `npm run server:create-user -- --role approver --username NAME`',
    );
  return {
    url,
    db,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  const started = Date.now();
  const config = readConfig();
  const log = (line: string) => console.log(`[desk] ${line}`);
  const { dialect, location } = describeDatabase(config.databaseUrl);
  startServer(config, log).then(
    (running) => {
      log(`${dialect} database: ${location}`);
      log(`reads ${config.publicReads ? 'open to everyone' : 'for signed-in users only'}`);
      log(`listening on ${running.url} (ready in ${Date.now() - started} ms)`);
      const stop = () => void running.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
