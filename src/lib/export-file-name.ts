// File names that say what they are: tool, panel, selection, scope and as-of date. The
// readable part is cut short; a hash of everything that makes the view differ keeps two
// different views from ever sharing a name.
const MAX_SLUG = 40;

export function slug(text: string, max = MAX_SLUG): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}

/** FNV-1a (32 bit) as 7 base-36 characters: short, stable, not a security hash. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    hash ^= code & 0xff;
    hash = Math.imul(hash, 0x01000193) >>> 0;
    hash ^= code >>> 8;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

export function exportFileName(parts: {
  panelId: string;
  /** The filters in words; null when the page's filters do not apply to the panel. */
  selection: string | null;
  asOf: string;
  extension: 'png' | 'svg' | 'csv' | 'pptx' | 'xlsx';
  /** 'all': every row, ignoring filters and downsampling (a CSV that is not what the screen shows). */
  scope?: 'shown' | 'all';
  /** Anything else that changes the content (language, grouping, link). */
  variant?: string;
}): string {
  const scope = parts.scope ?? 'shown';
  const pieces = ['pledge-tracker', slug(parts.panelId) || 'panel'];
  if (scope === 'all') pieces.push('all-rows');
  else if (parts.selection !== null) pieces.push(slug(parts.selection) || 'all');
  const key = JSON.stringify([parts.panelId, parts.selection, scope, parts.variant ?? '']);
  pieces.push(shortHash(key), parts.asOf);
  return `${pieces.join('_')}.${parts.extension}`;
}
