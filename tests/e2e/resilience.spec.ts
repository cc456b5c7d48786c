import { expect, test } from './fixtures';

test.use({
  allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 503/],
});

test('the API fails on first load, then recovers after Retry', async ({ page }) => {
  let failing = true;
  let calls = 0;
  await page.route('**/data/v1/programs.json', async (route) => {
    calls += 1;
    if (failing) await route.fulfill({ status: 503, body: 'unavailable' });
    else await route.continue();
  });
  // A linked view (not the prerendered default overview), so the data is fetched.
  await page.goto('/?v=1&kind=amount');
  const alert = page.getByRole('alert').filter({ hasText: 'The list of pledges could not be loaded.' });
  await expect(alert).toContainText('(503)');
  expect(calls).toBe(3);
  // The context panels, served separately, still draw.
  const loans = page.locator('section.panel').filter({
    has: page.getByRole('heading', {
      name: "Five major banks' corporate loans",
      exact: true,
    }),
  });
  await expect(loans.locator('.recharts-wrapper > svg')).toBeVisible();

  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('table', { name: /every tracked pledge/i })).toBeVisible();
  await expect(alert).toHaveCount(0);
});
