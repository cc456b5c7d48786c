// CSV that opens cleanly in Korean Excel: UTF-8 with a byte-order mark, RFC 4180 quoting (Papa
// Parse), CRLF, and formula injection neutralised. Shared by the panel exports, the pledge table
// and the change digest.
import Papa from 'papaparse';

/** OWASP: a text cell starting with = + - @, tab, CR, LF or NUL is prefixed with a quote. */
export const FORMULA_START = /^[=+\-@\t\r\n\0]/;

export const BOM = '\uFEFF';

export const unparseOptions = { quotes: false, newline: '\r\n', escapeFormulae: FORMULA_START };

/**
 * A table of words (the pledge table, the change digest) as CSV, with the same encoding, quoting
 * and formula guard as a panel's, and label–value rows above it.
 */
export function textTableToCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  preamble: readonly (readonly [string, string])[] = [],
): string {
  const pad = (cells: readonly string[]) => [
    ...cells,
    ...Array<string>(Math.max(0, header.length - cells.length)).fill(''),
  ];
  const top = preamble.length ? [...preamble.map(([label, value]) => pad([label, value])), pad([])] : [];
  const body = rows.map((row) => row.map((cell) => (cell === null ? '' : cell)));
  return `${BOM}${Papa.unparse([...top, [...header], ...body], unparseOptions)}\r\n`;
}
