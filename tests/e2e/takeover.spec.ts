// The prerendered overview is taken over in slices (decision 0009, addendum): the page can be
// used while that runs, and an input made meanwhile is applied, never lost. The CPU is slowed
// four times (as Lighthouse's phone is) so that the input lands while the take-over runs.
import type { Page } from '@playwright/test';
import { expect, test, untilInteractive } from './fixtures';

async function slowCpu(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

test('a status picked while the page is being taken over filters the overview', async ({ page }) => {
  await slowCpu(page);
  await page.goto('/');
  await untilInteractive(page);
  await page.getByRole('button', { name: /^\d+ No reported figure yet — show these pledges$/ }).click();
  await expect(page.getByRole('button', { name: 'Remove filter No reported figure yet' })).toBeVisible();
  await expect(page).toHaveURL(/status=no-data/);
  const scorecard = page.getByRole('table', { name: /Scorecard/ });
  await expect(scorecard.getByRole('rowheader').first()).toBeVisible();
  for (const status of await scorecard.locator('tr:visible .scorecard__status').allInnerTexts())
    expect(status.trim()).toBe('No reported figure yet');
});

test('a language picked while the page is being taken over switches the page', async ({ page }) => {
  await slowCpu(page);
  await page.goto('/');
  await untilInteractive(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(page.getByRole('heading', { name: '공약 이행 점검', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/lang=ko/);
});
