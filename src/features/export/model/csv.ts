// A panel's rows as CSV that opens cleanly in Korean Excel: UTF-8 with BOM, RFC 4180
// quoting (Papa Parse), numbers as plain numbers with the unit in the header, missing
// values empty (never 0), a provenance column, and formula injection neutralised.
import Papa from 'papaparse';
import type { PanelData, ValueUnit } from '../../../lib/panel-data';
import { BOM, unparseOptions } from '../../../lib/csv-text';

export interface CsvLabels {
  unit: Record<ValueUnit, string>;
  provenanceHeader: string;
  provenance: Record<string, string>;
  /**
   * Label–value rows written above the table (title, as-of, filters, each source…), then one
   * empty row. Padded to the table's width, so Excel and LibreOffice read one rectangular sheet.
   */
  preamble?: readonly (readonly [string, string])[];
}

export function csvHeader(panel: PanelData, labels: CsvLabels): string[] {
  return [
    ...panel.columns.map((column) => (column.unit ? `${column.label} (${labels.unit[column.unit]})` : column.label)),
    labels.provenanceHeader,
  ];
}

function csvRows(panel: PanelData, rows: PanelData['rows'], labels: CsvLabels): (string | number)[][] {
  return rows.map((row) => [
    ...panel.columns.map((column) => {
      const value = row.cells[column.key];
      return value === null || value === undefined ? '' : value;
    }),
    labels.provenance[row.provenance] ?? row.provenance,
  ]);
}

function preambleRows(panel: PanelData, labels: CsvLabels): string[][] {
  if (!labels.preamble?.length) return [];
  const width = panel.columns.length + 1;
  const pad = (cells: string[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
  return [...labels.preamble.map(([label, value]) => pad([label, value])), pad([])];
}

export function panelToCsv(panel: PanelData, labels: CsvLabels): string {
  const body = Papa.unparse(
    [...preambleRows(panel, labels), csvHeader(panel, labels), ...csvRows(panel, panel.rows, labels)],
    unparseOptions,
  );
  return `${BOM}${body}\r\n`;
}

/** Rows per slice when writing a large CSV: small enough that no slice blocks input for long. */
export const CSV_SLICE = 4_000;

/**
 * The same CSV as `panelToCsv`, written in slices with a pause between them (`yieldToMain`), so a
 * 100,000-row export never holds the main thread for one long task.
 */
export async function panelToCsvInSlices(
  panel: PanelData,
  labels: CsvLabels,
  yieldToMain: () => Promise<void>,
): Promise<string> {
  const parts = [
    `${BOM}${Papa.unparse([...preambleRows(panel, labels), csvHeader(panel, labels)], unparseOptions)}\r\n`,
  ];
  for (let start = 0; start < panel.rows.length; start += CSV_SLICE) {
    await yieldToMain();
    const slice = csvRows(panel, panel.rows.slice(start, start + CSV_SLICE), labels);
    parts.push(`${Papa.unparse(slice, unparseOptions)}\r\n`);
  }
  return parts.join('');
}
