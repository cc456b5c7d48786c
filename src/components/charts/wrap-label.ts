// Category labels on a chart axis, wrapped without measuring text in the DOM (Recharts
// measures every word of a wrapped label with a forced layout, on every redraw). Widths are
// estimated: a Hangul, Han or full-width character counts as two units, anything else as one.

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

export function widthUnits(text: string): number {
  let units = 0;
  for (const char of text) units += WIDE.test(char) ? 2 : 1;
  return units;
}

/**
 * Splits a label into at most `maxLines` lines of at most `maxUnits` units, at spaces where
 * it can; what does not fit ends in "…". Words longer than a line are cut.
 */
export function wrapLabel(label: string, maxUnits: number, maxLines: number): string[] {
  const words = label.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (widthUnits(candidate) <= maxUnits) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    // A word longer than a line is cut into line-sized pieces.
    while (widthUnits(current) > maxUnits) {
      const [head, tail] = cut(current, maxUnits);
      lines.push(head);
      current = tail;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${cut(last, maxUnits - 1)[0]}…`;
  return kept;
}

function cut(text: string, maxUnits: number): [string, string] {
  let units = 0;
  let index = 0;
  const chars = [...text];
  for (; index < chars.length; index += 1) {
    const width = WIDE.test(chars[index] ?? '') ? 2 : 1;
    if (units + width > maxUnits) break;
    units += width;
  }
  // Always move forward, even when one character is wider than a line.
  const at = Math.max(1, index);
  return [chars.slice(0, at).join(''), chars.slice(at).join('')];
}
