// Browser tests against two data desk servers on one PostgreSQL database
// (tests/e2e-server/postgres/): what one records the other reads, and a conflicting edit through
// the other is refused. Needs DESK_TEST_POSTGRES_URL (a role that may create databases; .ci/run
// sets it once PostgreSQL is up) and `npm run build`; without the URL the test is skipped, and
// says why. Ports DESK_PG_E2E_PORT and the next (4180, 4181).
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const port = Number(process.env.DESK_PG_E2E_PORT ?? 4180);
const postgres = process.env.DESK_TEST_POSTGRES_URL;
// Said once, by the test run (not by its workers, nor by tools that only read this file).
if (!postgres && !process.env.TEST_WORKER_INDEX && process.argv.includes('test'))
  console.log(
    'two servers on one PostgreSQL database: SKIPPED — DESK_TEST_POSTGRES_URL is not set (point it at a role that may create databases, e.g. postgres://pledge_desk:pledge_desk@127.0.0.1:5432/pledge_desk)',
  );

export default defineConfig({
  testDir: 'tests/e2e-server/postgres',
  outputDir: 'reports/test-results-server-postgres',
  fullyParallel: false,
  retries: 0,
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright-server-postgres.json' }]],
  // The two servers' origins, read by the test.
  metadata: { desks: [`http://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`] },
  use: {
    locale: 'en-US',
    trace: 'off',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: postgres
    ? {
        command: 'npx tsx tests/e2e-server/postgres/start-two-desks.ts',
        // The second server starts once the first listens: its answer (401) means both are up.
        url: `http://127.0.0.1:${port + 1}/api/v1/desk/vintages`,
        reuseExistingServer: false,
        timeout: 90_000,
        env: { PORT: String(port), DESK_PUBLIC_READS: '0' },
      }
    : undefined,
});
