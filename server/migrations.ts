// The one set of migrations for both databases: plain SQL both accept, with one token for the
// only thing they spell differently (an auto-numbered key). Applied in order, each once, in a
// transaction; on PostgreSQL under an advisory lock, so servers starting together take turns.
import type { Db, Queryable } from './db';

const migrations: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'dataset, accounts, sessions, sign-in attempts, figure events, vintages',
    sql: `
      CREATE TABLE dataset_parts (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (kind, id)
      );
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'approver')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE TABLE login_attempts (
        id {{id}},
        username TEXT NOT NULL,
        client TEXT NOT NULL,
        at TEXT NOT NULL,
        ok INTEGER NOT NULL
      );
      CREATE INDEX login_attempts_by_username ON login_attempts (username, at);
      CREATE INDEX login_attempts_by_client ON login_attempts (client, at);
      CREATE TABLE desk_events (
        seq {{id}},
        subject TEXT NOT NULL,
        subject_version INTEGER NOT NULL,
        figure_id TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('recorded', 'approved', 'rejected')),
        actor_id TEXT NOT NULL REFERENCES users (id),
        at TEXT NOT NULL,
        body TEXT NOT NULL,
        supersedes TEXT,
        import_id TEXT,
        UNIQUE (subject, subject_version)
      );
      CREATE INDEX desk_events_by_figure ON desk_events (figure_id);
      CREATE INDEX desk_events_by_import ON desk_events (import_id);
      CREATE TABLE vintages (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        up_to_seq INTEGER NOT NULL,
        figure_count INTEGER NOT NULL,
        published_by TEXT NOT NULL REFERENCES users (id),
        published_at TEXT NOT NULL
      );
    `,
  },
];

const autoId = {
  sqlite: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  postgres: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
} as const;

function statements(sql: string, dialect: Db['dialect']): string[] {
  return sql
    .replaceAll('{{id}}', autoId[dialect])
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/** Applies every migration not yet applied, then runs `after` in the same transaction. */
export async function migrate(db: Db, after?: (tx: Queryable) => Promise<void>): Promise<number[]> {
  return db.transaction(async (tx) => {
    if (db.dialect === 'postgres') await tx.get('SELECT pg_advisory_xact_lock(73180018)');
    await tx.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = new Set(
      (await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => Number(row.version)),
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of statements(migration.sql, db.dialect)) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      applied.push(migration.version);
    }
    if (after) await after(tx);
    return applied;
  });
}
