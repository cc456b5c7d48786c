import { expect, test } from './fixtures';

test('the production build shows the pledges from the embedded dataset with their sources', async ({ page }) => {
  await page.goto('/');
  const header = page.getByRole('banner');
  await expect(header).toContainText('Embedded dataset 2026.11.1');
  await expect(header).toContainText('as of 31 Oct 2026');
  const table = page.getByRole('table', { name: /every tracked pledge/i });
  const woori = table.getByRole('row').filter({
    has: page.getByRole('button', {
      name: "Open details for Woori Financial 'Future Co-Growth Project'",
      exact: true,
    }),
  });
  await expect(woori).toContainText('KRW 80 trillion');
  await expect(woori).toContainText('Money S');
  const hana = table.getByRole('row').filter({
    has: page.getByRole('button', {
      name: "Open details for Hana Financial 'Hana All Growth Project'",
      exact: true,
    }),
  });
  await expect(hana).toContainText('KRW 100 trillion');
  await expect(hana).toContainText('Economist (Korea)');
});
