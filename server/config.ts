// Every setting of the data desk's server, read once from the environment (README, "Run the
// data desk"). Nothing else reads process.env.
import { join, resolve } from 'node:path';
import { PRERENDER_BUNDLE, prerenderBundleDir } from '../src/app/prerender-seed-file';

export interface ServerConfig {
  /** Absent or `sqlite:<path>` → SQLite in that file; `postgres://…` → PostgreSQL. */
  databaseUrl: string | undefined;
  host: string;
  port: number;
  /** The dataset seeded into an empty database. */
  datasetPath: string;
  /** The built app (npm run build), served at /. */
  distDir: string;
  /** The build's renderer of the prerendered overview (dist-ssr/prerender.js); null: none. */
  prerenderModule: string | null;
  /** Where publishing a vintage also writes the static data files; null: not written. */
  publishDir: string | null;
  /** Reads (the dashboard's /api/v1 and data files) without signing in. */
  publicReads: boolean;
  /** Secure cookies: always, never, or auto (when the request arrived over https). */
  secureCookies: 'always' | 'never' | 'auto';
  /** Trust X-Forwarded-Proto / X-Forwarded-For from a reverse proxy. */
  trustProxy: boolean;
  maxJsonBytes: number;
  maxImportBytes: number;
  login: { perUsername: number; perClient: number; windowMs: number };
  sessionMs: number;
  /** Writes a line to stderr as an import is half written (for the crash test). */
  traceImports: boolean;
}

const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined || value === '' ? fallback : /^(1|true|yes|on)$/i.test(value);

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const secure = env.DESK_SECURE_COOKIES ?? 'auto';
  const distDir = resolve(env.DESK_DIST_DIR ?? 'dist');
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 8080),
    datasetPath: resolve(env.DESK_DATASET ?? 'src/data/dataset.v1.json'),
    distDir,
    prerenderModule: resolve(env.DESK_PRERENDER_MODULE ?? join(prerenderBundleDir(distDir), PRERENDER_BUNDLE)),
    publishDir: env.DESK_PUBLISH_DIR ? resolve(env.DESK_PUBLISH_DIR) : null,
    publicReads: flag(env.DESK_PUBLIC_READS, false),
    secureCookies: secure === 'always' || secure === 'never' ? secure : 'auto',
    trustProxy: flag(env.DESK_TRUST_PROXY, false),
    maxJsonBytes: Number(env.DESK_MAX_JSON_BYTES ?? 64 * 1024),
    maxImportBytes: Number(env.DESK_MAX_IMPORT_BYTES ?? 8 * 1024 * 1024),
    login: {
      perUsername: Number(env.DESK_LOGIN_MAX_FAILURES ?? 5),
      perClient: Number(env.DESK_LOGIN_MAX_FAILURES_PER_CLIENT ?? 50),
      windowMs: Number(env.DESK_LOGIN_WINDOW_SECONDS ?? 900) * 1000,
    },
    sessionMs: Number(env.DESK_SESSION_HOURS ?? 12) * 3600 * 1000,
    traceImports: flag(env.DESK_TRACE_IMPORTS, false),
  };
}
