import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => { if (m.text().startsWith('DRAWN') || m.text().startsWith('CLICK')) console.log(m.text()); });
await page.goto('http://127.0.0.1:4178/?v=1');
await page.locator('.scorecard__table tbody tr').first().waitFor();
await page.waitForTimeout(1500);
await page.evaluate(async () => {
  document.querySelectorAll('details.facet').forEach((d) => d.setAttribute('open', ''));
  const box = document.querySelector('details.facet input[type="checkbox"]');
  for (let i = 0; i < 2; i++) { console.log('CLICK start ' + performance.now().toFixed(0)); box.click(); console.log('CLICK end ' + performance.now().toFixed(0)); await new Promise((r) => setTimeout(r, 300)); }
});
await browser.close();
