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
