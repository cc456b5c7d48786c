// The prerendered overview taken over with odd links and odd storage: no hydration mismatch
// (React error #418 would be a page error, which the fixtures refuse), the notice a link gets,
// and a broken storage ignored without an error.
import { expect, test, untilInteractive } from './fixtures';

const englishTable = /every tracked pledge/i;
const koreanTable = /추적 중인 모든 공약/;

test('an unknown language in the link is dropped with the notice, no hydration mismatch', async ({ page }) => {
  await page.goto('/?lang=xx');
  await expect(page.getByRole('table', { name: englishTable })).toBeVisible();
  await expect(page.getByText('Part of the link could not be used and was ignored: lang=xx.')).toBeVisible();
});

test('a remembered view in another language than the remembered choice opens in that language', async ({ page }) => {
  await page.addInitScript(() => {
    window.localStorage.setItem('pledge-tracker:lang', 'en');
    window.localStorage.setItem('pledge-tracker:last-view', 'lang=ko&v=1');
  });
  await page.goto('/');
  await expect(page.getByRole('table', { name: koreanTable })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('the link wins over the remembered view', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('pledge-tracker:last-view', 'lang=ko&inst=kb&v=1'));
  await page.goto('/?lang=en');
  await expect(page.getByRole('table', { name: englishTable })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove filter KB Financial Group' })).toHaveCount(0);
});

test('stale ids in the remembered view get the notice, saying they came from the last visit', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('pledge-tracker:last-view', 'inst=gone-bank&v=1'));
  await page.goto('/');
  await expect(page.getByRole('table', { name: englishTable })).toBeVisible();
  await expect(
    page.getByText('Part of your last view could not be restored and was ignored: inst=gone-bank.'),
  ).toBeVisible();
});

for (const { name, init } of [
  {
    name: 'throws',
    init: () => {
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    },
  },
  {
    name: 'returns non-strings',
    init: () => {
      Storage.prototype.getItem = () => ({ lang: 'ko', toString: 42 }) as unknown as string;
    },
  },
]) {
  test(`a storage that ${name} is ignored with no error`, async ({ page }) => {
    await page.addInitScript(init);
    await page.goto('/');
    await expect(page.getByRole('table', { name: englishTable })).toBeVisible();
    await untilInteractive(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await expect(page.getByRole('table', { name: koreanTable })).toBeVisible();
  });
}
