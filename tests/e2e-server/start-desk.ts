// The e2e tests' server: a fresh SQLite file, three accounts, then the real server (the same
// code `npm run server` runs) serving the built app on PORT.
import { rmSync } from 'node:fs';
import { readConfig } from '../../server/config';
import { prepareDatabase, startServer } from '../../server/main';
import { createUser } from '../../server/store/accounts';

const e2ePassword = 'an e2e password, long enough';

const databaseUrl = process.env.DATABASE_URL ?? 'sqlite:reports/desk-e2e/desk.sqlite';
if (databaseUrl.startsWith('sqlite:')) rmSync(databaseUrl.slice('sqlite:'.length), { force: true });
const config = { ...readConfig(), databaseUrl };
const { db } = await prepareDatabase(config);
for (const role of ['viewer', 'editor', 'approver'] as const) await createUser(db, role, e2ePassword, role);
await db.close();
const running = await startServer(config, (line) => console.log(`[desk] ${line}`));
console.log(`listening on ${running.url}`);
