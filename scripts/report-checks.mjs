// Appends check results to reports/checks.json so .ci/run can count them with the tests.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const file = 'reports/checks.json';

/** ok: true (passed), false (failed) or 'skipped' (could not run here; counted as skipped). */
export function recordCheck(name, ok, detail = '') {
  mkdirSync('reports', { recursive: true });
  const report = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : { passed: 0, failed: 0, skipped: 0, checks: [] };
  report.checks.push({ name, ok, detail });
  report.passed = report.checks.filter((check) => check.ok === true).length;
  report.skipped = report.checks.filter((check) => check.ok === 'skipped').length;
  report.failed = report.checks.length - report.passed - report.skipped;
  writeFileSync(file, JSON.stringify(report, null, 2));
}

// CLI: node scripts/report-checks.mjs <name> <exit-code> [detail]
if (process.argv[1]?.endsWith('report-checks.mjs') && process.argv.length >= 4) {
  const code = process.argv[3];
  recordCheck(process.argv[2], code === 'skipped' ? 'skipped' : code === '0', process.argv[4] ?? '');
}
