import { expect, test } from './fixtures';
import { countOf, pledgeCount } from './dataset-facts';

const hanaGroups = countOf('hana', 'pf-group-pledges');

test('a filtered view survives a reload and travels as a copied link', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin,
  });
  await page.goto('/');
  const table = page.getByRole('table', { name: /every tracked pledge/i });
  await expect(table.getByRole('row')).toHaveCount(pledgeCount + 1);

  await page.locator('summary', { hasText: 'Institution' }).click();
  await page.getByRole('checkbox', { name: /Hana Financial Group/ }).check();
  await page.locator('summary', { hasText: 'Strategy' }).click();
  await page
    .getByRole('checkbox', {
      name: /Five groups’ five-year pledges|Five groups' five-year pledges/,
    })
    .check();
  await expect(page.getByText(`Showing ${hanaGroups} of ${pledgeCount} pledges`)).toBeVisible();
  // The rows on screen (rows filtered out stay in the page, hidden, for a quick way back). Their
  // text content, not their rendered text: rows far below the viewport skip rendering.
  const shownRows = table.getByRole('rowheader');
  await expect(shownRows).toHaveCount(hanaGroups);
  const rowsBefore = await shownRows.allTextContents();

  await page.reload();
  await expect(page.getByText(`Showing ${hanaGroups} of ${pledgeCount} pledges`)).toBeVisible();
  await expect(shownRows).toHaveCount(hanaGroups);
  expect(await shownRows.allTextContents()).toEqual(rowsBefore);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('inst=hana');

  const fresh = await browser.newContext({ locale: 'en-US' });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText(`Showing ${hanaGroups} of ${pledgeCount} pledges`)).toBeVisible();
  const otherRows = other.getByRole('table', { name: /every tracked pledge/i }).getByRole('rowheader');
  await expect(otherRows).toHaveCount(hanaGroups);
  expect(await otherRows.allTextContents()).toEqual(rowsBefore);
  await fresh.close();

  await page.goBack();
  await expect(page.getByText(new RegExp(`^Showing \\d+ of ${pledgeCount} pledges$`))).toBeVisible();
});

test('the facets open one at a time: opening one closes the one open, so their panels never lie over each other', async ({
  page,
}) => {
  await page.goto('/');
  const open = page.locator('details.facet[open] > summary');
  await page.locator('summary', { hasText: 'Institution' }).click();
  await expect(open).toHaveCount(1);
  await expect(open).toContainText('Institution');
  await page.locator('summary', { hasText: 'Strategy' }).click();
  await expect(open).toHaveCount(1);
  await expect(open).toContainText('Strategy');
  await page.locator('summary', { hasText: 'Strategy' }).click();
  await expect(open).toHaveCount(0);
});
