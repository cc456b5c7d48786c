import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript(() => {
  window.__events = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'click' || e.name === 'pointerup' || e.name === 'pointerdown') window.__events.push({ name: e.name, duration: e.duration, processing: e.processingEnd - e.processingStart, delay: e.processingStart - e.startTime, id: e.interactionId }); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
});
await page.goto(process.argv[2] ?? 'http://127.0.0.1:4177/?v=1');
await page.locator('.scorecard__table tbody tr').first().waitFor();
await page.waitForTimeout(1500);
await page.evaluate(() => document.querySelectorAll('details.facet').forEach((d) => d.setAttribute('open', '')));
const box = page.locator('details.facet input[type="checkbox"]').first();
await box.scrollIntoViewIfNeeded();
const bb = await box.boundingBox();
// Also measure our own: time from pointer to when the scorecard row count changes paint
for (let i = 0; i < 20; i++) {
  await page.mouse.click(bb.x + bb.width / 2, bb.y + bb.height / 2);
  await page.waitForTimeout(300);
}
const ev = await page.evaluate(() => window.__events);
const clicks = ev.filter((e) => e.name === 'click' || e.name==='pointerup');
const byId = new Map(); for (const e of ev) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
const d = [...byId.values()].sort((a, b) => a - b);
console.log('interactions >=16ms:', d.length, 'of 20; durations', JSON.stringify(d));
console.log(JSON.stringify(clicks.slice(0,5)));
await browser.close();
