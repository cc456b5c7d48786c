// A panel's rows as CSV that opens cleanly in Korean Excel: UTF-8 with BOM, RFC 4180
// quoting (Papa Parse), numbers as plain numbers with the unit in the header, missing
// values empty (never 0), a provenance column, and formula injection neutralised.
import Papa from 'papaparse';
import type { PanelData, ValueUnit } from '../../../lib/panel-data';

/** OWASP: a text cell starting with = + - @, tab, CR, LF or NUL is prefixed with a quote. */
export const FORMULA_START = /^[=+\-@\t\r\n\0]/;

export interface CsvLabels {
  unit: Record<ValueUnit, string>;
  provenanceHeader: string;
  provenance: Record<string, string>;
}

export const BOM = '\uFEFF';

export function csvHeader(panel: PanelData, labels: CsvLabels): string[] {
  return [
    ...panel.columns.map((column) => (column.unit ? `${column.label} (${labels.unit[column.unit]})` : column.label)),
    labels.provenanceHeader,
  ];
}

export function panelToCsv(panel: PanelData, labels: CsvLabels): string {
  const rows = panel.rows.map((row) => [
    ...panel.columns.map((column) => {
      const value = row.cells[column.key];
      return value === null || value === undefined ? '' : value;
    }),
    labels.provenance[row.provenance] ?? row.provenance,
  ]);
  const body = Papa.unparse([csvHeader(panel, labels), ...rows], {
    quotes: false,
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  });
  return `${BOM}${body}\r\n`;
}
