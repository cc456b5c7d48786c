// Appends check results to reports/checks.json so .ci/run can count them with the tests.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const file = 'reports/checks.json';

export function recordCheck(name, ok, detail = '') {
  mkdirSync('reports', { recursive: true });
  const report = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0, checks: [] };
  report.checks.push({ name, ok, detail });
  report.passed = report.checks.filter((check) => check.ok).length;
  report.failed = report.checks.length - report.passed;
  writeFileSync(file, JSON.stringify(report, null, 2));
}

// CLI: node scripts/report-checks.mjs <name> <exit-code> [detail]
if (process.argv[1]?.endsWith('report-checks.mjs') && process.argv.length >= 4) {
  recordCheck(process.argv[2], process.argv[3] === '0', process.argv[4] ?? '');
}
