// Writes the pack as a deck or a workbook and downloads it. Each writer is its own lazy chunk
// (pptxgenjs ≈ 120 KiB gzip, write-excel-file ≈ 20 KiB): nothing loads until asked for.
import type { PackDocument } from '../model/document';
import { packFileName } from '../model/file-name';

export async function writePack(kind: 'pptx' | 'xlsx', document: PackDocument): Promise<Blob> {
  if (kind === 'pptx') return (await import('./pptx')).writePptx(document);
  return (await import('./xlsx')).writeXlsx(document);
}

export async function downloadPack(kind: 'pptx' | 'xlsx', document: PackDocument): Promise<void> {
  const blob = await writePack(kind, document);
  const url = URL.createObjectURL(blob);
  const anchor = window.document.createElement('a');
  anchor.href = url;
  anchor.download = packFileName(document, kind);
  anchor.rel = 'noopener';
  window.document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
