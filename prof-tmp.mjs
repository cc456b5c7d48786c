import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(process.argv[2] ?? 'http://127.0.0.1:4178/?v=1');
await page.locator('.scorecard__table tbody tr').first().waitFor();
await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await page.evaluate(() => document.querySelectorAll('details.facet').forEach((d) => d.setAttribute('open', '')));
await cdp.send('Profiler.start');
await page.evaluate(async () => {
  const box = document.querySelector('details.facet input[type="checkbox"]');
  for (let i = 0; i < 20; i++) { box.click(); await new Promise((r) => setTimeout(r, 100)); }
});
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; 
profile.samples.forEach((id, i) => { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0)); });
// inclusive by component-ish functions: aggregate total time per function including children
const parent = new Map(); profile.nodes.forEach((n) => (n.children ?? []).forEach((c) => parent.set(c, n.id)));
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); let cur = id; while (cur) { const n = byId.get(cur); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; if (!seen.has(key)) { incl.set(key, (incl.get(key) ?? 0) + (dt[i] ?? 0)); seen.add(key);} cur = parent.get(cur); } });
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([key, us]) => `${(us / 1000 / 20).toFixed(2)} ms/click  ${key}`).join('\n');
const inClick = new Map();
profile.samples.forEach((id, i) => { const stack = []; let cur = id; while (cur) { stack.push(byId.get(cur)); cur = parent.get(cur); } if (!stack.some((n) => n.callFrame.functionName === 'dispatchDiscreteEvent')) return; const seen = new Set(); for (const n of stack) { const name = n.callFrame.functionName; if (!/^[A-Z]/.test(name)) continue; const key = name + ' ' + n.callFrame.url.split('/').pop(); if (seen.has(key)) continue; seen.add(key); inClick.set(key, (inClick.get(key) ?? 0) + (dt[i] ?? 0)); } });
console.log('COMPONENTS IN CLICK\n' + top(inClick, 12));
const selfIn = new Map(); const inclIn = new Map();
profile.samples.forEach((id, i) => { const stack = []; let cur = id; while (cur) { stack.push(byId.get(cur)); cur = parent.get(cur); } if (!stack.some((n) => n.callFrame.functionName === 'dispatchDiscreteEvent')) return; const k0 = stack[0].callFrame.functionName + ' ' + stack[0].callFrame.url.split('/').pop() + ':' + stack[0].callFrame.lineNumber; selfIn.set(k0, (selfIn.get(k0) ?? 0) + dt[i]); const seen = new Set(); for (const n of stack) { const key = (n.callFrame.functionName || '(anon)') + ' ' + n.callFrame.url.split('/').pop() + ':' + n.callFrame.lineNumber; if (seen.has(key)) continue; seen.add(key); inclIn.set(key, (inclIn.get(key) ?? 0) + dt[i]); } });
console.log('SELF IN CLICK\n' + top(selfIn, 20));
console.log('INCL IN CLICK\n' + top(inclIn, 70));

await browser.close();
