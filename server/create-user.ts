// `npm run server:create-user -- --role approver --username NAME`: creates an account (the
// first approver on a new deployment). The password comes from DESK_PASSWORD or is asked for.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { newUserInputSchema } from '../src/lib/desk-schemas';
import { readConfig } from './config';
import { prepareDatabase } from './main';
import { createUser } from './store/accounts';

const { values } = parseArgs({
  options: { username: { type: 'string' }, role: { type: 'string', default: 'approver' } },
});

async function askPassword(): Promise<string> {
  if (process.env.DESK_PASSWORD) return process.env.DESK_PASSWORD;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await prompt.question('Password (at least 12 characters): ');
  } finally {
    prompt.close();
  }
}

async function main(): Promise<void> {
  const username = values.username ?? process.env.DESK_USERNAME;
  if (!username) throw new Error('give --username NAME');
  const input = newUserInputSchema.safeParse({ username, role: values.role, password: await askPassword() });
  if (!input.success) {
    for (const issue of input.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
    process.exit(2);
  }
  const { db } = await prepareDatabase(readConfig());
  try {
    const user = await createUser(db, input.data.username, input.data.password, input.data.role);
    console.log(`created ${user.role} ${user.username}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
