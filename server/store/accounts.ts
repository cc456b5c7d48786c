// Local accounts, sign-in sessions and sign-in attempts — all in the database, so any server
// process can answer any request. Passwords are hashed with scrypt (memory-hard, node:crypto).
import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../src/lib/desk-schemas';
import { isUniqueViolation, type Queryable } from '../db';
import { HttpError } from '../errors';

const KDF = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };

function scryptAsync(password: string, salt: Buffer, N: number, r: number, p: number, keyLength: number) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password, salt, keyLength, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KDF.N, KDF.r, KDF.p, KDF.keyLength);
  return ['scrypt', KDF.N, KDF.r, KDF.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !N || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(
    password,
    Buffer.from(salt, 'base64'),
    Number(N),
    Number(r),
    Number(p),
    expected.length,
  );
  return timingSafeEqual(actual, expected);
}

/** A stand-in hash, so a sign-in with an unknown name costs as much as one with a known name. */
let dummyHash: Promise<string> | undefined;

export interface User {
  id: string;
  username: string;
  role: Role;
}

export async function createUser(db: Queryable, username: string, password: string, role: Role): Promise<User> {
  const id = randomUUID();
  try {
    await db.run('INSERT INTO users (id, username, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)', [
      id,
      username,
      role,
      await hashPassword(password),
      new Date().toISOString(),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpError(409, 'user-exists', `a user named ${username} exists`);
    throw error;
  }
  return { id, username, role };
}

export async function countUsers(db: Queryable): Promise<number> {
  const row = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM users');
  return Number(row?.n ?? 0);
}

export interface LoginLimits {
  /** Failed sign-ins allowed per user name in the window. */
  perUsername: number;
  /** Failed sign-ins allowed per client address in the window. */
  perClient: number;
  windowMs: number;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface Session {
  user: User;
  csrfToken: string;
}

/** Checks a password against the limits stored in the database; on success opens a session
 *  and returns its secret token (only its hash is stored). */
export async function signIn(
  db: Queryable,
  username: string,
  password: string,
  client: string,
  limits: LoginLimits,
  sessionMs: number,
): Promise<Session & { token: string; expiresAt: Date }> {
  const now = Date.now();
  const since = new Date(now - limits.windowMs).toISOString();
  const failures = await db.get<{ byName: number; byClient: number }>(
    `SELECT
       (SELECT COUNT(*) FROM login_attempts WHERE username = ? AND ok = 0 AND at > ?) AS "byName",
       (SELECT COUNT(*) FROM login_attempts WHERE client = ? AND ok = 0 AND at > ?) AS "byClient"`,
    [username, since, client, since],
  );
  if (Number(failures?.byName ?? 0) >= limits.perUsername || Number(failures?.byClient ?? 0) >= limits.perClient)
    throw new HttpError(429, 'rate-limited', 'too many failed sign-ins; wait and try again', {
      retryAfter: Math.ceil(limits.windowMs / 1000),
    });
  const row = await db.get<{ id: string; username: string; role: Role; password_hash: string }>(
    'SELECT id, username, role, password_hash FROM users WHERE username = ?',
    [username],
  );
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verifyPassword(password, row?.password_hash ?? (await dummyHash));
  await db.run('INSERT INTO login_attempts (username, client, at, ok) VALUES (?, ?, ?, ?)', [
    username,
    client,
    new Date(now).toISOString(),
    ok && row ? 1 : 0,
  ]);
  if (!ok || !row) throw new HttpError(401, 'bad-credentials', 'the user name or password is not right');
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now + sessionMs);
  await db.run(
    'INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    [sha256(token), row.id, csrfToken, new Date(now).toISOString(), expiresAt.toISOString()],
  );
  return { user: { id: row.id, username: row.username, role: row.role }, csrfToken, token, expiresAt };
}

export async function findSession(db: Queryable, token: string): Promise<Session | undefined> {
  const row = await db.get<{ id: string; username: string; role: Role; csrf_token: string }>(
    `SELECT u.id, u.username, u.role, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = ? AND s.expires_at > ?`,
    [sha256(token), new Date().toISOString()],
  );
  return row ? { user: { id: row.id, username: row.username, role: row.role }, csrfToken: row.csrf_token } : undefined;
}

export async function signOut(db: Queryable, token: string): Promise<void> {
  await db.run('DELETE FROM sessions WHERE token_hash = ?', [sha256(token)]);
}
