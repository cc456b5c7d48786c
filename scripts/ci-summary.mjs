// Sums the test reports and check results into the one line CI reads: `N passed, N failed`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

function read(file, label) {
  if (!existsSync(file)) {
    console.error(`missing report: ${file} (${label} did not run to the end) — counted as 1 failed`);
    failed += 1;
    return null;
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

const vitest = read('reports/vitest.json', 'unit and integration tests');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  if (vitest.success === false && (vitest.numFailedTests ?? 0) === 0) {
    console.error('vitest reported failure outside tests (e.g. a suite failed to load) — counted as 1 failed');
    failed += 1;
  }
}
// The data desk's server tests (SQLite and PostgreSQL in one run).
const server = read('reports/vitest-server.json', 'server tests');
if (server) {
  passed += server.numPassedTests ?? 0;
  failed += server.numFailedTests ?? 0;
  skipped += (server.numPendingTests ?? 0) + (server.numTodoTests ?? 0);
  if (server.success === false && (server.numFailedTests ?? 0) === 0) {
    console.error('server tests reported failure outside tests (e.g. a suite failed to load) — counted as 1 failed');
    failed += 1;
  }
}
for (const playwright of [
  read('reports/playwright.json', 'browser tests'),
  read('reports/playwright-server.json', "browser tests against the desk's server"),
  read('reports/playwright-server-postgres.json', 'browser tests on two desk servers sharing PostgreSQL'),
]) {
  if (!playwright) continue;
  const stats = playwright.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  for (const error of playwright.errors ?? []) {
    console.error(`playwright error: ${error.message ?? JSON.stringify(error)}`);
    failed += 1;
  }
}
const checks = read('reports/checks.json', 'build and quality checks');
if (checks) {
  for (const check of checks.checks ?? []) {
    if (check.ok === false) console.error(`failed check: ${check.name} ${check.detail ?? ''}`);
  }
  passed += checks.passed ?? 0;
  failed += checks.failed ?? 0;
  skipped += checks.skipped ?? 0;
}

// The fault matrix (tests/integration/faults*.test.tsx): its cases are assertions inside the
// vitest tests counted above, so they are shown here, not added to the totals.
const matrixDir = 'reports/fault-matrix';
if (existsSync(matrixDir)) {
  const parts = readdirSync(matrixDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(`${matrixDir}/${name}`, 'utf8')));
  const cases = parts.reduce((sum, part) => sum + (part.cases ?? 0), 0);
  const casesPassed = parts.reduce((sum, part) => sum + (part.passed ?? 0), 0);
  console.log(
    `fault matrix: ${cases} cases (fault × resource × view), ${casesPassed} passed, ${cases - casesPassed} failed`,
  );
  for (const part of parts)
    for (const result of part.results ?? [])
      if (!result.ok)
        console.error(
          `  fault matrix failed: ${result.fault} on ${result.resource}, ${result.view} (${result.lang}): ${result.error ?? ''}`,
        );
} else {
  console.log('fault matrix: no report (the fault-matrix tests did not run)');
}

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
