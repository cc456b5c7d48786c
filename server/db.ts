// One query layer over SQLite (node:sqlite, one file) and PostgreSQL (pg), chosen by the
// connection URL. Queries are written once with `?` placeholders; the PostgreSQL side numbers
// them ($1, $2, …). Nothing here keeps application state: both sides are only connections.
import { DatabaseSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';

export type Param = string | number | null;
export type Row = Record<string, unknown>;

export interface Queryable {
  all<T extends object = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T extends object = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  run(sql: string, params?: readonly Param[]): Promise<{ changes: number }>;
}

export interface Db extends Queryable {
  dialect: 'sqlite' | 'postgres';
  /** Runs fn in one transaction: all of it is stored, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** A unique-constraint violation: another writer took the same version first. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errcode } = error as { code?: unknown; errcode?: unknown };
  if (code === '23505') return true; // PostgreSQL unique_violation
  return typeof errcode === 'number' && (errcode & 0xff) === 19 && /UNIQUE|PRIMARY KEY/i.test(String(error));
}

export function describeDatabase(url: string | undefined): { dialect: 'sqlite' | 'postgres'; location: string } {
  if (url && /^postgres(ql)?:\/\//.test(url))
    return { dialect: 'postgres', location: url.replace(/:[^:@/]*@/, ':***@') };
  const path = url?.startsWith('sqlite:') ? url.slice('sqlite:'.length) : (url ?? 'server-data/desk.sqlite');
  return { dialect: 'sqlite', location: path };
}

export async function openDatabase(url: string | undefined): Promise<Db> {
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  return openSqlite(describeDatabase(url).location);
}

function openSqlite(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const database = new DatabaseSync(path);
  database.exec('PRAGMA journal_mode = WAL');
  database.exec('PRAGMA synchronous = FULL');
  database.exec('PRAGMA foreign_keys = ON');
  database.exec('PRAGMA busy_timeout = 5000');
  const statements = new Map<string, ReturnType<DatabaseSync['prepare']>>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = database.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const direct: Queryable = {
    all: async <T extends object>(sql: string, params: readonly Param[] = []) => prepare(sql).all(...params) as T[],
    get: async <T extends object>(sql: string, params: readonly Param[] = []) =>
      prepare(sql).get(...params) as T | undefined,
    run: async (sql, params = []) => ({ changes: Number(prepare(sql).run(...params).changes) }),
  };
  // One connection: while a transaction is open, every other statement of this process
  // waits for it, so no request's statement lands inside another request's transaction.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const result = queue.then(fn, fn);
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    dialect: 'sqlite',
    all: (sql, params) => exclusive(() => direct.all(sql, params)),
    get: (sql, params) => exclusive(() => direct.get(sql, params)),
    run: (sql, params) => exclusive(() => direct.run(sql, params)),
    exec: (sql) => exclusive(async () => database.exec(sql)),
    transaction: (fn) =>
      exclusive(async () => {
        database.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          database.exec('COMMIT');
          return result;
        } catch (error) {
          database.exec('ROLLBACK');
          throw error;
        }
      }),
    close: async () => {
      await queue;
      database.close();
    },
  };
}

function numbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

// BIGINT (identity columns, counts) comes back as a string by default; ours fit in a double.
pg.types.setTypeParser(20, (value: string) => Number(value));

function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const on = (client: pg.Pool | pg.PoolClient): Queryable => ({
    all: async <T extends object>(sql: string, params: readonly Param[] = []) =>
      (await client.query(numbered(sql), [...params])).rows as T[],
    get: async <T extends object>(sql: string, params: readonly Param[] = []) =>
      (await client.query(numbered(sql), [...params])).rows[0] as T | undefined,
    run: async (sql, params = []) => ({ changes: (await client.query(numbered(sql), [...params])).rowCount ?? 0 }),
  });
  return {
    dialect: 'postgres',
    ...on(pool),
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
