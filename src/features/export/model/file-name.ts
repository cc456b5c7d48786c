// File names that say what they are: tool, panel, selection, as-of date.
const MAX_SLUG = 60;

export function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, '');
}

export function exportFileName(parts: {
  panelId: string;
  selection: string;
  asOf: string;
  extension: 'png' | 'svg' | 'csv';
}): string {
  const selection = slug(parts.selection) || 'all';
  return `pledge-tracker_${slug(parts.panelId) || 'panel'}_${selection}_${parts.asOf}.${parts.extension}`;
}
