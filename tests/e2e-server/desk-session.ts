// Signing in to the desk in a fresh browser context, for the tests against the real server(s).
import type { Browser, Page } from '@playwright/test';
import { expect } from '../e2e/fixtures';

/** The password the start scripts give every account they create. */
export const E2E_PASSWORD = 'an e2e password, long enough';

/** A page of the desk at `baseURL`, signed in as `username`. */
export async function deskAs(browser: Browser, baseURL: string, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/#desk');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${username}`)).toBeVisible();
  return page;
}

/** Fills the record form with `value` and the same dated Hana source (the pledge is chosen first). */
export async function fillFigure(editor: Page, value: string): Promise<void> {
  await editor.getByLabel(/^Value/).fill(value);
  await editor.getByLabel('Date the figure describes').fill('2026-09-30');
  await editor.getByLabel('Source publisher (Korean)').fill('하나금융그룹');
  await editor.getByLabel('Source publisher (English)').fill('Hana Financial Group');
  await editor.getByLabel('Source title (Korean)').fill('3분기 포용금융 실적');
  await editor.getByLabel('Source title (English)').fill('Inclusive finance, third quarter');
  await editor.getByLabel('Source date (YYYY-MM or YYYY-MM-DD)').fill('2026-10-28');
  await editor.getByLabel('Source address (https://…)').fill('https://www.hanafn.com/example');
}
