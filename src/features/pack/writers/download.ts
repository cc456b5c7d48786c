// Writes the pack as a deck or a workbook and downloads it. Each writer is its own lazy chunk
// (pptxgenjs ≈ 120 KiB gzip, write-excel-file ≈ 20 KiB): nothing loads until asked for.
import type { PackDocument } from '../model/document';
import { packFileName } from '../model/file-name';
import { download } from '../../../lib/download';

export async function writePack(kind: 'pptx' | 'xlsx', document: PackDocument): Promise<Blob> {
  if (kind === 'pptx') return (await import('./pptx')).writePptx(document);
  return (await import('./xlsx')).writeXlsx(document);
}

export async function downloadPack(kind: 'pptx' | 'xlsx', document: PackDocument): Promise<void> {
  const blob = await writePack(kind, document);
  download(blob, packFileName(document, kind));
}
