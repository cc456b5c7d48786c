// A sample of the fault matrix in Chromium, over real TCP: a build pointed at a fault-injecting
// API (scripts/fault-api.mjs, VITE_API_BASE_URL) on another origin. It covers what MSW in jsdom
// cannot: a missing CORS header, a connection reset before the headers and in the middle of
// the body, Retry-After read through CORS. The full matrix is tests/integration/faults*.test.tsx.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const base = Number(process.env.PORT ?? 4173);
const apiPort = base + 5;
const appPort = base + 6;
const apiBase = `http://127.0.0.1:${apiPort}`;
const appOrigin = `http://127.0.0.1:${appPort}`;
// Under reports/ (ignored by git, lint and formatting; .ci/run starts it empty).
const distDir = 'reports/dist-live';

test.use({
  baseURL: appOrigin,
  // An array option is given as [value, options] (a bare array would be read as that pair).
  allowedConsoleErrors: [
    [/Failed to load resource/, /blocked by CORS policy/, /net::ERR_/],
    { option: true },
  ] as unknown as RegExp[],
});
test.describe.configure({ mode: 'serial' });

const children: ChildProcess[] = [];

/** Starts a server and resolves once it says it is listening. */
function start(script: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (/serving/.test(chunk.toString())) resolve();
    });
  });
}

test.beforeAll(async () => {
  // The build pointed at the fault API: made once per API address.
  const stamp = `${distDir}/api-base.txt`;
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== apiBase) {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir'], {
      env: { ...process.env, VITE_API_BASE_URL: apiBase },
      stdio: 'inherit',
    });
    expect(build.status).toBe(0);
    writeFileSync(stamp, apiBase);
  }
  await start('scripts/fault-api.mjs', { FAULT_API_PORT: String(apiPort), FAULT_API_DATA: `${distDir}/data/v1` });
  await start('scripts/serve-dist.mjs', { DIST_DIR: distDir, PORT: String(appPort), CSP_CONNECT_SRC: apiBase });
});

test.afterAll(() => {
  for (const child of children) {
    child.removeAllListeners('exit');
    child.kill();
  }
});

async function setFault(page: Page, resource: string, fault: string) {
  const response = await page.request.post(
    `${apiBase}/__fault?resource=${encodeURIComponent(resource)}&fault=${encodeURIComponent(fault)}`,
  );
  expect(response.ok()).toBe(true);
}
async function clearFaults(page: Page) {
  expect((await page.request.delete(`${apiBase}/__fault`)).ok()).toBe(true);
}

const overviewTable = (page: Page) => page.getByRole('table', { name: /every tracked pledge/i });
const panel = (page: Page, title: string) =>
  page.locator('section.panel').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

for (const { fault, why } of [
  { fault: 'no-cors', why: /could not be reached \(a network error/ },
  { fault: 'reset-before-body', why: /could not be reached \(a network error|was lost while the data was arriving/ },
  { fault: 'reset-mid-body', why: /was lost while the data was arriving \(a network error\)/ },
  { fault: 'html-body', why: /sent a web page instead of data/ },
  { fault: 'schema-invalid', why: /not in the expected form \(field/ },
]) {
  test(`the pledge list, ${fault}: says which data failed and why, the panels still draw, Retry recovers`, async ({
    page,
  }) => {
    await clearFaults(page);
    await setFault(page, 'programs', fault);
    await page.goto('/');
    const alert = page.getByRole('alert').filter({ hasText: 'The list of pledges could not be loaded.' });
    await expect(alert).toContainText('The overview of pledges needs it, so it is not shown.');
    await expect(alert).toContainText(why);
    await expect(
      panel(page, "Five major banks' corporate loans").getByRole('group', { name: 'Show as' }),
    ).toBeVisible();
    await clearFaults(page);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(overviewTable(page)).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
}

test('429 with Retry-After (read through CORS): says when it retries, then recovers by itself', async ({ page }) => {
  await clearFaults(page);
  await setFault(page, 'programs', 'http-429');
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'rate-limited (429). Retrying in 1 s.' })).toBeVisible();
  await clearFaults(page);
  await expect(overviewTable(page)).toBeVisible();
});

test("a pledge's page with institutions cut off mid-body: names the missing data, recovers", async ({ page }) => {
  await clearFaults(page);
  await setFault(page, 'institutions', 'reset-mid-body');
  await page.goto('/?v=1&program=woori-total');
  const alert = page.getByRole('alert').filter({ hasText: 'The list of institutions could not be loaded.' });
  await expect(alert).toContainText("This pledge's page needs it, so it is not shown.");
  await expect(alert).toContainText(/was lost while the data was arriving/);
  await clearFaults(page);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('article')).toBeVisible();
});

test('one indicator without a CORS header: only its panel says so; the table works', async ({ page }) => {
  await clearFaults(page);
  await setFault(page, 'indicators/tech-credit-all-banks', 'no-cors');
  await page.goto('/');
  const failing = panel(page, 'Technology-credit loans, all banks');
  await expect(failing.getByRole('alert')).toContainText('This indicator could not be loaded.');
  await expect(overviewTable(page)).toBeVisible();
  await clearFaults(page);
  await failing.getByRole('button', { name: 'Retry' }).click();
  await expect(failing.getByRole('group', { name: 'Show as' })).toBeVisible();
});

test('in Korean: the dataset information failing is said in Korean, with 다시 시도', async ({ page }) => {
  await clearFaults(page);
  await setFault(page, 'meta', 'http-404');
  await page.goto('/?lang=ko');
  const alert = page.getByRole('main').getByRole('alert').filter({ hasText: '데이터셋 정보를 불러오지 못했습니다.' });
  await expect(alert).toContainText('찾을 수 없음(404)');
  // The context charts load after the page and ask for the dataset information again when they
  // mount (a failed query is tried again for a new reader): let them, and that try end, before
  // the fault clears — else the page recovers by itself and there is no Retry left to press.
  await expect(page.locator('section.panel')).toHaveCount(4);
  await expect(alert.getByRole('button', { name: '다시 시도' })).toBeEnabled();
  await clearFaults(page);
  await alert.getByRole('button', { name: '다시 시도' }).click();
  await expect(page.getByRole('table', { name: /추적 중인 모든 공약/ })).toBeVisible();
});
