import { expect, test } from './fixtures';

test('a filtered view survives a reload and travels as a copied link', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin,
  });
  await page.goto('/');
  const table = page.getByRole('table', { name: /every tracked pledge/i });
  await expect(table.getByRole('row')).toHaveCount(40);

  await page.locator('summary', { hasText: 'Institution' }).click();
  await page.getByRole('checkbox', { name: /Hana Financial Group/ }).check();
  await page.locator('summary', { hasText: 'Strategy' }).click();
  await page
    .getByRole('checkbox', {
      name: /Five groups’ five-year pledges|Five groups' five-year pledges/,
    })
    .check();
  await expect(page.getByText(/^Showing 4 of 39 pledges$/)).toBeVisible();
  // The rows on screen (rows filtered out stay in the page, hidden, for a quick way back).
  const shownRows = table.getByRole('rowheader');
  await expect(shownRows).toHaveCount(4);
  const rowsBefore = await shownRows.allInnerTexts();

  await page.reload();
  await expect(page.getByText(/^Showing 4 of 39 pledges$/)).toBeVisible();
  await expect(shownRows).toHaveCount(4);
  expect(await shownRows.allInnerTexts()).toEqual(rowsBefore);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('inst=hana');

  const fresh = await browser.newContext({ locale: 'en-US' });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText(/^Showing 4 of 39 pledges$/)).toBeVisible();
  const otherRows = other.getByRole('table', { name: /every tracked pledge/i }).getByRole('rowheader');
  await expect(otherRows).toHaveCount(4);
  expect(await otherRows.allInnerTexts()).toEqual(rowsBefore);
  await fresh.close();

  await page.goBack();
  await expect(page.getByText(/^Showing (1[0-9]|[4-9]) of 39 pledges$/)).toBeVisible();
});
