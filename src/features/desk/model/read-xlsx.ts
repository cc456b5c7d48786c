// A workbook's first sheet as the import's CSV, loaded on demand (its own chunk, with the reader:
// read-excel-file, the sibling of the write-excel-file the pack uses). Date cells become
// YYYY-MM-DD; the server then checks the rows as it checks a CSV.
import { readSheet } from 'read-excel-file/browser';
import { cellsToCsv } from '../../../lib/desk-import';

export async function readXlsxAsCsv(file: Blob): Promise<string> {
  return cellsToCsv(await readSheet(file));
}
