// npm run bench:lighthouse — Lighthouse (desktop and mobile presets) against the built app,
// served with the production CSP. Prints scores and LCP/TBT/CLS. Not a CI gate: it is noisy.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const port = 4174;
const server = spawn(process.execPath, ['scripts/serve-dist.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 600));

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: chromiumArgs,
});

const runs = Number(process.env.RUNS ?? 3);
const rows = [];
try {
  for (const [preset, config] of [
    ['desktop', desktopConfig],
    ['mobile', undefined],
  ]) {
    const results = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(
        `http://127.0.0.1:${port}/`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        },
        config,
      );
      const { categories, audits } = result.lhr;
      results.push({
        performance: categories.performance.score,
        accessibility: categories.accessibility.score,
        bestPractices: categories['best-practices'].score,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
      });
    }
    const median = (key) => results.map((item) => item[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
    rows.push({
      preset,
      performance: median('performance'),
      accessibility: median('accessibility'),
      'best-practices': median('bestPractices'),
      'LCP ms': Math.round(median('lcp')),
      'TBT ms': Math.round(median('tbt')),
      CLS: Number(median('cls').toFixed(3)),
    });
  }
} finally {
  await chrome.kill();
  server.kill();
}
console.log(`Lighthouse, median of ${runs} runs per preset, ${new Date().toISOString().slice(0, 10)}`);
console.table(rows);
