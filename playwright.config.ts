import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'reports/test-results',
  fullyParallel: false,
  retries: 0,
  workers: process.env.CI ? 1 : 2,
  // Generous safety nets for a loaded machine: tests wait for what a user waits for.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: origin,
    locale: 'en-US',
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
  ],
  webServer: {
    command: 'node scripts/serve-dist.mjs',
    url: `${origin}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
