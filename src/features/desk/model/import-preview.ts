// Which rows of an import the preview draws: every row with a problem, and the first valid ones
// up to a limit (a large file's other valid rows are only counted).
import type { CheckedRow } from '../../../lib/desk-import';
import type { ImportRowError } from '../../../lib/desk-schemas';

export function previewRows(
  rows: readonly CheckedRow[],
  errors: readonly ImportRowError[],
  maxValid: number,
): { shown: CheckedRow[]; hidden: number } {
  const problemLines = new Set(errors.map((error) => error.line));
  const shown: CheckedRow[] = [];
  let valid = 0;
  for (const row of rows) {
    if (problemLines.has(row.line)) shown.push(row);
    else if (valid < maxValid) {
      shown.push(row);
      valid += 1;
    }
  }
  return { shown, hidden: rows.length - shown.length };
}
