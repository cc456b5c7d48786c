import { expect, test } from './fixtures';
import { asOfEnglish, datasetVersion } from './dataset-facts';

test('the production build shows the pledges from the embedded dataset with their sources', async ({ page }) => {
  await page.goto('/');
  const header = page.getByRole('banner');
  await expect(header).toContainText(`Embedded dataset ${datasetVersion}`);
  await expect(header).toContainText(`data as of ${asOfEnglish}`);
  const table = page.getByRole('table', { name: /every tracked pledge/i });
  const woori = table.getByRole('row').filter({
    has: page.getByRole('link', {
      name: "Open details for Woori Financial 'Future Co-Growth Project'",
      exact: true,
    }),
  });
  await expect(woori).toContainText('KRW 80 trillion');
  await expect(woori).toContainText('Money S');
  const hana = table.getByRole('row').filter({
    has: page.getByRole('link', {
      name: "Open details for Hana Financial 'Hana All Growth Project'",
      exact: true,
    }),
  });
  await expect(hana).toContainText('KRW 100 trillion');
  await expect(hana).toContainText('Economist (Korea)');
});
