// The desk's CSV import (docs/api.md, "CSV import"), read and checked the same way by the
// reference server (POST /api/v1/desk/imports), MSW and the app's import preview: one row →
// one figure input, judged by checkFigure, each problem named by its line (1 is the header)
// and field.
import Papa from 'papaparse';
import { checkFigure, type DeskReference, type FigureInput, type Subject } from './desk-figures';
import { importColumns, type ImportRowError } from './desk-schemas';

export type ImportRow = Record<string, string>;

/** One CSV row → a figure input (values as typed; the schemas judge them). */
export function rowToInput(row: ImportRow): Record<string, unknown> {
  const optional = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);
  const value = row.value?.trim() ?? '';
  return {
    date: row.date?.trim(),
    value: /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value === '' ? undefined : value,
    moneyBasis: optional(row.money_basis?.trim()),
    provenance: row.provenance?.trim(),
    basis:
      optional(row.basis_ko) || optional(row.basis_en) ? { ko: row.basis_ko ?? '', en: row.basis_en ?? '' } : undefined,
    unverified: /^(true|yes|1)$/i.test(row.unverified?.trim() ?? '') ? true : undefined,
    source: {
      publisher: { ko: row.source_publisher_ko ?? '', en: row.source_publisher_en ?? '' },
      title: { ko: row.source_title_ko ?? '', en: row.source_title_en ?? '' },
      date: row.source_date?.trim() ?? '',
      url: row.source_url?.trim() ?? '',
    },
    note: optional(row.note),
    seriesId: optional(row.series?.trim()),
    kind: optional(row.kind?.trim()),
  };
}

export interface CheckedRow {
  /** The line in the file (1 is the header). */
  line: number;
  row: ImportRow;
  /** Set when the row is valid. */
  figure?: { subject: Subject; input: FigureInput };
}

export interface ImportCheck {
  rows: CheckedRow[];
  /** Every problem, by line and field (the server's 422 `rows`, at most 500 of them). */
  errors: ImportRowError[];
  /** Why nothing can be saved (the server's 422 message), or null when every row is valid. */
  problem: string | null;
}

/** The most problems one answer lists. */
const MAX_ERRORS = 500;

/** Reads and checks an import: the header, then every row. Nothing is saved unless `problem`
 *  is null. */
export function checkImportCsv(reference: DeskReference, csv: string): ImportCheck {
  const parsed = Papa.parse<ImportRow>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const header = parsed.meta.fields ?? [];
  const missing = importColumns.filter((column) => !header.includes(column));
  if (missing.length > 0)
    return {
      rows: [],
      errors: missing.map((column) => ({ line: 1, field: column, message: 'missing column' })),
      problem: `the CSV lacks columns: ${missing.join(', ')}`,
    };
  if (parsed.data.length === 0) return { rows: [], errors: [], problem: 'the CSV holds no rows' };
  const errors: ImportRowError[] = [];
  for (const error of parsed.errors)
    errors.push({ line: (error.row ?? 0) + 2, field: '(row)', message: error.message });
  const rows = parsed.data.map((row, index): CheckedRow => {
    const line = index + 2;
    const checked = checkFigure(reference, row.subject?.trim() ?? '', rowToInput(row));
    if (checked.ok) return { line, row, figure: { subject: checked.subject, input: checked.input } };
    if (checked.notFound) errors.push({ line, field: 'subject', message: checked.message });
    else for (const issue of checked.issues) errors.push({ line, field: issue.path, message: issue.message });
    return { line, row };
  });
  return {
    rows,
    errors: errors.slice(0, MAX_ERRORS),
    problem: errors.length > 0 ? `${errors.length} problem(s) in the CSV; nothing was saved` : null,
  };
}

/** Rows of cells (a sheet read from a workbook, the header first) as the import's CSV. */
export function cellsToCsv(cells: readonly (readonly unknown[])[]): string {
  const text = (cell: unknown) =>
    cell === null || cell === undefined
      ? ''
      : cell instanceof Date
        ? cell.toISOString().slice(0, 10)
        : typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean'
          ? String(cell)
          : '';
  return Papa.unparse(
    cells.map((row) => row.map(text)),
    { newline: '\n' },
  );
}
