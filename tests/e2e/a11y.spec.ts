import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pledgeCount } from './dataset-facts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function ready(page: Page) {
  // The page is the app's once the prerendered markup is taken over (or replaced by a render).
  await expect(page.locator('.prerendered[inert]')).toHaveCount(0);
  // The charts sit below the scorecard and are drawn when they come near the viewport.
  const charts = page.locator('#charts-heading');
  if (await charts.count()) await charts.scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-wrapper > svg').first()).toBeVisible();
}

for (const lang of ['en', 'ko'] as const) {
  test(`overview (${lang}): no serious or critical axe violations, with a facet and an export menu open`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${lang}&v=1`);
    await ready(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('summary').first().click();
    const exportButton = page.locator('.export-menu > button').first();
    await exportButton.click();
    await expect(exportButton).toHaveAttribute('aria-expanded', 'true');
    expect(await seriousViolations(page)).toEqual([]);
    // A panel in its table view.
    await page.locator('.segmented button').nth(3).click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`program detail (${lang}): no serious or critical axe violations`, async ({ page }) => {
    // The demo dataset, so the page has a progress chart to check too.
    await page.goto(`/?lang=${lang}&program=hana-productive&data=demo&v=1`);
    await ready(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('keyboard alone: search, a facet, a sort, an export, with visible focus', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.focus();
  const outline = await search.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Tab');
  await expect(page.locator('summary', { hasText: 'Institution' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /^Woori Financial Group/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByText(new RegExp(`^Showing \\d+ of ${pledgeCount} pledges$`))).not.toHaveText(
    `Showing ${pledgeCount} of ${pledgeCount} pledges`,
  );

  const sort = page.getByRole('button', { name: 'Commitment', exact: true });
  await sort.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: /Commitment/ })).toHaveAttribute('aria-sort', 'ascending');

  const exportButton = page.getByRole('button', {
    name: 'Export “Pledged vs reported execution”',
  });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Download PNG' }).first()).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
});

test('every chart has its table alternative', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const panels = page.locator('section.panel');
  const count = await panels.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let index = 0; index < count; index += 1) {
    const panel = panels.nth(index);
    await panel.getByRole('button', { name: 'Table' }).click();
    await expect(panel.getByRole('table')).toBeVisible();
  }
});
