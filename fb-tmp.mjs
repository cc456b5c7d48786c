import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(process.argv[2] ?? 'http://127.0.0.1:4177/?v=1');
await page.locator('.scorecard__table tbody tr').first().waitFor();
await page.waitForTimeout(1500);
const result = await page.evaluate(async () => {
  document.querySelectorAll('details.facet').forEach((d) => d.setAttribute('open', ''));
  const box = document.querySelector('details.facet input[type="checkbox"]');
  const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const out = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    box.click();
    const t1 = performance.now();
    await nextPaint();
    out.push([Math.round(t1 - t0), Math.round(performance.now() - t0)]);
    await new Promise((r) => setTimeout(r, 300));
  }
  return out;
});
console.log(JSON.stringify(result));
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log('click median', med(result.map((r) => r[0])), 'next paint median', med(result.map((r) => r[1])));
await browser.close();
