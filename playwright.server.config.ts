// Browser tests against the data desk's real server (tests/e2e-server/): the built app served
// by `server/`, on a fresh SQLite database. Run `npm run build` first; PORT as for the others.
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const port = Number(process.env.PORT ?? 4174);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e-server',
  // Two servers on PostgreSQL: playwright.server-postgres.config.ts.
  testIgnore: 'postgres/**',
  outputDir: 'reports/test-results-server',
  fullyParallel: false,
  retries: 0,
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright-server.json' }]],
  use: {
    baseURL: origin,
    locale: 'en-US',
    trace: 'off',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'npx tsx tests/e2e-server/start-desk.ts',
    url: `${origin}/api/v1/desk/vintages`,
    // 401 until signed in: any answer means it is up.
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(port), HOST: '127.0.0.1', DESK_PUBLIC_READS: '0' },
  },
});
