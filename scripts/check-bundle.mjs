// Shipped-bundle checks on dist/: the initial JavaScript (scripts/initial-js.mjs) within
// budget, and no mock worker or MSW code shipped. Prints the figures; records the results.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialJsUrls } from './initial-js.mjs';
import { recordCheck } from './report-checks.mjs';

const BUDGET_KIB = 120;
const dist = process.env.DIST_DIR ?? 'dist';
const initial = initialJsUrls(dist);

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const local = (url) => join(dist, url.replace(/^\//, ''));

let initialBytes = 0;
for (const url of initial) initialBytes += gz(local(url));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const files = walk(dist);
const scripts = files.filter((file) => file.endsWith('.js'));
const totalBytes = scripts.reduce((sum, file) => sum + gz(file), 0);

const kib = (bytes) => (bytes / 1024).toFixed(1);
const withinBudget = initialBytes <= BUDGET_KIB * 1024;
console.log(
  `initial JS: ${initialBytes} bytes gzip (${kib(initialBytes)} KiB) of budget ${BUDGET_KIB} KiB — ${withinBudget ? 'ok' : 'OVER'}`,
);
console.log(`total JS:   ${totalBytes} bytes gzip (${kib(totalBytes)} KiB) in ${scripts.length} files`);
recordCheck('bundle: initial JS within 120 KiB gzip', withinBudget, `${kib(initialBytes)} KiB`);

const mockMarkers = ['mockServiceWorker', 'setupWorker', 'MSW_'];
const offenders = files.filter(
  (file) =>
    file.endsWith('mockServiceWorker.js') ||
    (/\.(js|html)$/.test(file) && mockMarkers.some((marker) => readFileSync(file, 'utf8').includes(marker))),
);
console.log(offenders.length ? `mock code shipped in: ${offenders.join(', ')}` : 'no mock worker or MSW code in dist/');
recordCheck('bundle: no mock worker or MSW code in dist/', offenders.length === 0, offenders.join(', '));

process.exit(withinBudget && offenders.length === 0 ? 0 : 1);
