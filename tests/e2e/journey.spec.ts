import { expect, test, untilInteractive } from './fixtures';
import { pledgeCount } from './dataset-facts';

test('a morning briefing: filter, open a pledge, come back, export a chart, switch language', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table', { name: /every tracked pledge/i });
  await expect(table.getByRole('rowheader')).toHaveCount(pledgeCount);

  // Filter by institution and strategy.
  await page.locator('summary', { hasText: 'Institution' }).click();
  await page.getByRole('checkbox', { name: /^Woori Financial Group/ }).check();
  await page.locator('summary', { hasText: 'Strategy' }).click();
  await page.getByRole('checkbox', { name: /^Five groups/ }).check();
  await expect(table.getByRole('rowheader')).toHaveCount(6);
  await expect(page.getByText('1 pledge shown', { exact: false })).toBeVisible();

  // Open a program's detail, then come back to the same view.
  await table.getByRole('link', { name: 'Open details for Woori productive lending' }).click();
  await expect(page.getByRole('heading', { name: 'Woori productive lending', level: 2 })).toBeVisible();
  await expect(page.getByText('following the declared annual plan').first()).toBeVisible();
  await expect(
    page.getByRole('heading', {
      name: 'Cumulative progress against the expected path',
    }),
  ).toBeVisible();
  await page.goBack();
  await expect(table.getByRole('rowheader')).toHaveCount(6);

  // Export a chart.
  await page.getByRole('button', { name: 'Export “Pledged vs reported execution”' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).first().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^pledge-tracker_pledged-vs-reported_institution-woori-financial-group-strate_[0-9a-z]{7}_\d{4}-\d{2}-\d{2}\.svg$/,
  );

  // Switch language: the same view in Korean.
  await untilInteractive(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(page.getByRole('heading', { name: '공약 이행 점검', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: /추적 중인 모든 공약/ }).getByRole('rowheader')).toHaveCount(6);
  await expect(page.getByRole('button', { name: '우리금융그룹 필터 제거' })).toBeVisible();
});
