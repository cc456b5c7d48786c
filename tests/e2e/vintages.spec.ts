import { expect, test } from './fixtures';

test('choose a comparison vintage: ghost marks and the digest follow it, and the link keeps it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.prerendered[inert]')).toHaveCount(0);
  const scorecard = page.getByRole('region', { name: /which pledges are behind/i });
  const digest = page.getByRole('region', { name: /what changed since the last briefing/i });
  const compareWith = digest.getByRole('combobox', { name: /compare with/i });
  const fund = scorecard.getByRole('row').filter({ has: page.getByRole('link', { name: /^National Growth Fund$/ }) });

  // Against the October 2025 briefing the fund had approved nothing: no ghost; the digest names its launch.
  await compareWith.selectOption('briefing-2025-10-31');
  await expect(scorecard.getByText(/Faint bar: as recorded up to 31 Oct 2025/)).toBeVisible();
  await expect(fund.locator('.bullet__ghost')).toHaveCount(0);
  await expect(digest.getByRole('table', { name: /^performance/i })).toContainText(/official launch/i);

  // Against the end-February briefing the approval was there: a ghost at it.
  await compareWith.selectOption('briefing-2026-02-28');
  await expect(scorecard.getByText(/Faint bar: as recorded up to 28 Feb 2026/)).toBeVisible();
  await expect(fund.locator('.bullet__ghost')).toHaveCount(1);

  // The link carries the choice.
  await compareWith.selectOption('briefing-2025-12-31');
  await expect(page).toHaveURL(/compare=briefing-2025-12-31/);
  await page.reload();
  await expect(page.getByRole('region', { name: /what changed/i }).getByRole('combobox')).toHaveValue(
    'briefing-2025-12-31',
  );
  await expect(scorecard.getByText(/Faint bar: as recorded up to 31 Dec 2025/)).toBeVisible();
  await expect(digest.getByRole('table').first()).toBeVisible();
});
