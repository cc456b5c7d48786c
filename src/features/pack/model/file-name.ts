import type { PackDocument } from './document';

function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/** "pledge-tracker_briefing_<title>_<date>.pptx": the title cut short, the date always there. */
export function packFileName(document: Pick<PackDocument, 'title' | 'date'>, extension: 'pptx' | 'xlsx'): string {
  return `pledge-tracker_briefing_${slug(document.title) || 'pack'}_${document.date}.${extension}`;
}
