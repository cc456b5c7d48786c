// A workbook's first sheet as the import's CSV, loaded on demand (its own chunk). The reader is
// `read-excel-file` (the sibling of the write-excel-file the pack uses), which this build does
// not have yet; until it is installed, a workbook is refused with a message that asks for CSV.
// With it installed, this file becomes:
//   import readXlsxFile from 'read-excel-file/browser';
//   export const readXlsxAsCsv = async (file: Blob) => cellsToCsv(await readXlsxFile(file));
import { XlsxReaderMissingError } from './read-table';

export function readXlsxAsCsv(_file: Blob): Promise<string> {
  return Promise.reject(new XlsxReaderMissingError());
}
