// A file chosen for the desk's import, read in the browser as the import's CSV: a .csv as its
// text, a .xlsx workbook's first sheet converted to CSV rows (src/lib/desk-import.ts cellsToCsv)
// so the server keeps one import format. Each reader loads only when a file of its kind is
// chosen.

export type TableFormat = 'csv' | 'xlsx';

/** The format a file name says, or null when the import cannot read it. */
export function tableFormatOf(fileName: string): TableFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'csv' ? 'csv' : extension === 'xlsx' ? 'xlsx' : null;
}

/** The file as the import's CSV text. */
export async function readTableAsCsv(file: Blob, format: TableFormat): Promise<string> {
  if (format === 'csv') return (await file.text()).replace(/^\uFEFF/, '');
  const { readXlsxAsCsv } = await import('./read-xlsx');
  return readXlsxAsCsv(file);
}
