import { expect, test } from './fixtures';
import { pledgeCount } from './dataset-facts';

// The overview painted before any application JavaScript runs (decision 0005): the app's
// module is blocked here, so all the page shows is the prerendered block the tiny
// prerender-choice.js picked for this reader.
test.use({ allowedConsoleErrors: [/Failed to load resource|net::ERR_FAILED/] });

for (const { name, url, locale, caption } of [
  { name: 'a Korean browser', url: '/', locale: 'ko-KR', caption: /추적 중인 모든 공약/ },
  { name: 'a link asking for Korean', url: '/?lang=ko', locale: 'en-US', caption: /추적 중인 모든 공약/ },
  { name: 'an English browser', url: '/', locale: 'en-US', caption: /every tracked pledge/i },
]) {
  test.describe(name, () => {
    test.use({ locale });
    test(`sees the overview in its language before the app's JavaScript runs (${url})`, async ({ page }) => {
      await page.route('**/assets/index-*.js', (route) => route.abort());
      await page.goto(url);
      const table = page.getByRole('table', { name: caption });
      await expect(table).toBeVisible();
      await expect(table.getByRole('rowheader')).toHaveCount(pledgeCount);
      await expect(page.locator('.prerendered:visible')).toHaveCount(1);
    });
  });
}
