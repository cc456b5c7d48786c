import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let i = 0; i < 6; i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('console', (m) => { if (m.text().includes('RECOVERABLE')) console.log(m.text().slice(0, 2500)); });
  await page.goto('http://127.0.0.1:4191/');
  await page.locator('.scorecard__table tbody tr').first().waitFor();
  await page.waitForFunction(() => document.querySelector('#root') && !document.querySelector('[id^="prerender-"]:not([hidden])') || true);
  await page.waitForTimeout(300);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await page.waitForURL(/lang=ko/);
  await page.reload();
  await page.waitForTimeout(2500);
  await page.close();
}
await browser.close();
